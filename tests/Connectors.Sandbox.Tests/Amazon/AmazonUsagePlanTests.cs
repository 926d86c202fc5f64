using System.Net;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonUsagePlanTests
{
    [Fact]
    public async Task GetOrders_allows_its_burst_of_20_then_429_quota_exceeded_and_refills_at_its_rate()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var answers = new List<AmazonCall>();
        for (var i = 0; i < 21; i++)
        {
            answers.Add(await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token));
        }

        Assert.All(answers.Take(20), a => Assert.Equal("0.0167", a.Header("x-amzn-RateLimit-Limit")));
        var refused = answers[20];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("""{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource.","details":""}]}""", refused.Body);
        Assert.Null(refused.Header("x-amzn-RateLimit-Limit"));
        Assert.NotNull(refused.Header("x-amzn-RequestId"));

        sandbox.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token)).Status);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token)).Status);
    }

    [Fact]
    public async Task Each_operation_and_each_seller_has_its_own_bucket()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(o => o.Amazon.RefreshTokens.Add("Atzr|second-seller"));
        var token = await sandbox.AccessTokenAsync();
        for (var i = 0; i < 20; i++)
        {
            await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token);
        }

        var (_, other) = await sandbox.LwaAsync($"grant_type=refresh_token&refresh_token={Uri.EscapeDataString("Atzr|second-seller")}&client_id={Connectors.Sandbox.Amazon.AmazonDefaults.ClientId}&client_secret={Connectors.Sandbox.Amazon.AmazonDefaults.ClientSecret}");
        var order = sandbox.Amazon().Orders.Get(0)!;

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), other.GetProperty("access_token").GetString())).Status);
        var getOrder = await sandbox.GetAsync($"orders/v0/orders/{order.AmazonOrderId}", token);
        Assert.Equal(HttpStatusCode.OK, getOrder.Status);
        Assert.Equal("0.5", getOrder.Header("x-amzn-RateLimit-Limit"));
        Assert.Equal(1, sandbox.Amazon().Buckets.Usage()["getOrders"].Refused);
    }

    [Fact]
    public async Task The_rate_scale_knob_speeds_refill_and_the_plans_can_be_switched_off()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(o => o.Amazon.Knobs = new() { RateScale = 100 });
        var token = await sandbox.AccessTokenAsync();
        for (var i = 0; i < 20; i++)
        {
            await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token)).Status);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        var refilled = await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token);
        Assert.Equal(HttpStatusCode.OK, refilled.Status);
        Assert.Equal("1.67", refilled.Header("x-amzn-RateLimit-Limit"));

        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/amazon/settings", new { usagePlansEnabled = false });
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token)).Status);
        }
    }
}

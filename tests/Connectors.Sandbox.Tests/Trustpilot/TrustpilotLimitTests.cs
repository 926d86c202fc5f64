using System.Net;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotLimitTests
{
    [Fact]
    public async Task The_five_minute_quota_refuses_with_429_and_refills_on_the_sandbox_clock()
    {
        await using var sandbox = await SandboxHarness.StartAsync(configure: o => o.Trustpilot.Knobs = new() { CallsPerFiveMinutes = 5 });
        var token = await sandbox.AccessTokenAsync(); // the token call takes one of the five
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await sandbox.ReviewsAsync(token, "perPage=1")).Status);
        }

        var refused = await sandbox.ReviewsAsync(token, "perPage=1");
        sandbox.Clock.Advance(TimeSpan.FromSeconds(60)); // 5 per 300 s: one call back a minute
        var back = await sandbox.ReviewsAsync(token, "perPage=1");
        var again = await sandbox.ReviewsAsync(token, "perPage=1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("policies.ratelimit.QuotaViolation", refused.Json.GetProperty("fault").GetProperty("detail").GetProperty("errorcode").GetString());
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.Status);
        Assert.Equal(3, sandbox.Trustpilot().Vendor.Counters["quotaExceeded"]);
    }

    [Fact]
    public async Task The_hourly_quota_binds_when_the_five_minute_one_has_room()
    {
        await using var sandbox = await SandboxHarness.StartAsync(configure: o => o.Trustpilot.Knobs = new() { CallsPerFiveMinutes = 100, CallsPerHour = 3 });
        var token = await sandbox.AccessTokenAsync();
        var ok = 0;
        for (var i = 0; i < 4; i++)
        {
            ok += (await sandbox.ReviewsAsync(token, "perPage=1")).Status == HttpStatusCode.OK ? 1 : 0;
        }

        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/trustpilot/limits", expected: HttpStatusCode.NoContent);

        Assert.Equal(2, ok);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.ReviewsAsync(token, "perPage=1")).Status);
    }

    [Fact]
    public async Task The_default_quotas_are_833_per_five_minutes()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        var token = await sandbox.AccessTokenAsync();
        var ok = 1;
        while ((await sandbox.ReviewsAsync(token, "perPage=1")).Status == HttpStatusCode.OK)
        {
            ok++;
            Assert.True(ok <= 833, "more than 833 calls admitted in five minutes");
        }

        Assert.Equal(833, ok);
    }

    [Fact]
    public async Task Injected_faults_answer_5xx_and_spoil_bodies_as_for_every_vendor()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        sandbox.Trustpilot().Vendor.Faults.Set(new() { ServerErrorShare = 1 });
        var failed = await sandbox.ReviewsAsync(token);
        sandbox.Trustpilot().Vendor.Faults.Set(new() { MalformedShare = 1 });
        var malformed = await sandbox.ReviewsAsync(token);
        sandbox.Trustpilot().Vendor.Faults.Set(new() { TruncatedShare = 1 });
        var truncated = await sandbox.ReviewsAsync(token);
        sandbox.Trustpilot().Vendor.Faults.Set(new() { ThrottleShare = 1 });
        var throttled = await sandbox.ReviewsAsync(token);

        Assert.InRange((int)failed.Status, 500, 503);
        Assert.StartsWith("<html>", malformed.Body, StringComparison.Ordinal);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => truncated.Json);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.Equal(1, sandbox.Trustpilot().Vendor.Counters[Connectors.Sandbox.Framework.SandboxCounters.ServerErrors]);
    }
}

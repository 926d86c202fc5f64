using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonFaultTests
{
    [Fact]
    public async Task Injected_server_errors_and_throttles_come_in_amazons_error_shape()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        sandbox.Amazon().Vendor.Faults.Set(new() { ServerErrorShare = 1 });
        var errors = new List<AmazonCall>();
        for (var i = 0; i < 12; i++)
        {
            errors.Add(await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token));
        }

        sandbox.Amazon().Vendor.Faults.Set(new() { ThrottleShare = 1 });
        var throttled = await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 1), token);

        Assert.Contains(errors, e => e.Status == HttpStatusCode.InternalServerError && e.ErrorCode == "InternalFailure");
        Assert.Contains(errors, e => e.Status == HttpStatusCode.ServiceUnavailable && e.ErrorCode == "ServiceUnavailable");
        Assert.All(errors, e => Assert.NotNull(e.Header("x-amzn-RequestId")));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.Equal("QuotaExceeded", throttled.ErrorCode);
    }

    [Fact]
    public async Task Malformed_and_truncated_bodies_spoil_successful_answers_only()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        sandbox.Amazon().Vendor.Faults.Set(new() { TruncatedShare = 1 });
        using var truncated = await SendRawAsync(sandbox, AmazonSandbox.AllOrders(pageSize: 2), token);
        sandbox.Amazon().Vendor.Faults.Set(new() { MalformedShare = 1 });
        using var malformed = await SendRawAsync(sandbox, AmazonSandbox.AllOrders(pageSize: 2), token);
        using var refused = await SendRawAsync(sandbox, "orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER", token);

        Assert.Equal(HttpStatusCode.OK, truncated.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated.Content.ReadAsStringAsync().Result));
        Assert.StartsWith("<html>", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("InvalidInput", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    private static async Task<HttpResponseMessage> SendRawAsync(SandboxHarness sandbox, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-amz-access-token", token);
        return await sandbox.Http.SendAsync(request);
    }
}

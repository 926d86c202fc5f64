using System.Net;
using Connectors.Sandbox.Amazon;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonAuthTests
{
    [Fact]
    public async Task Refresh_token_grant_gives_a_one_hour_bearer_token()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var (status, json) = await sandbox.LwaAsync($"grant_type=refresh_token&refresh_token={Uri.EscapeDataString(AmazonDefaults.RefreshToken)}&client_id={AmazonDefaults.ClientId}&client_secret={AmazonDefaults.ClientSecret}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Atza|", json.GetProperty("access_token").GetString());
        Assert.Equal("bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(3600, json.GetProperty("expires_in").GetInt32());
        Assert.Equal(AmazonDefaults.RefreshToken, json.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task Wrong_client_or_refresh_token_is_refused_in_oauth_words()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var (client, clientJson) = await sandbox.LwaAsync($"grant_type=refresh_token&refresh_token=x&client_id=nope&client_secret={AmazonDefaults.ClientSecret}");
        var (grant, grantJson) = await sandbox.LwaAsync($"grant_type=refresh_token&refresh_token=Atzr%7Cunknown&client_id={AmazonDefaults.ClientId}&client_secret={AmazonDefaults.ClientSecret}");

        Assert.Equal(HttpStatusCode.Unauthorized, client);
        Assert.Equal("invalid_client", clientJson.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, grant);
        Assert.Equal("invalid_grant", grantJson.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_call_without_a_token_or_with_an_unknown_one_is_403_unauthorized()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var missing = await sandbox.GetAsync(AmazonSandbox.AllOrders(), token: null);
        var unknown = await sandbox.GetAsync(AmazonSandbox.AllOrders(), "Atza|made-up");

        Assert.Equal(HttpStatusCode.Forbidden, missing.Status);
        Assert.Equal("Unauthorized", missing.ErrorCode);
        Assert.Equal("Access to requested resource is denied.", missing.ErrorMessage);
        Assert.Equal("", missing.ErrorDetails);
        Assert.Equal("The access token you provided is revoked, malformed or invalid.", unknown.ErrorDetails);
        Assert.Equal(2, sandbox.Amazon().Vendor.Counters[Connectors.Sandbox.Framework.SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task A_token_expires_after_an_hour_of_sandbox_time()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(), token)).Status);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(3600));
        var expired = await sandbox.GetAsync(AmazonSandbox.AllOrders(), token);

        Assert.Equal(HttpStatusCode.Forbidden, expired.Status);
        Assert.Equal("Unauthorized", expired.ErrorCode);
        Assert.Equal("The access token you provided has expired.", expired.ErrorDetails);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(), await sandbox.AccessTokenAsync())).Status);
    }

    [Fact]
    public async Task The_token_expiry_knobs_and_the_control_endpoint_expire_tokens_early()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        sandbox.Amazon().Vendor.Faults.Set(new() { TokenExpiresAfterRequests = 1 });
        Assert.Equal(HttpStatusCode.OK, (await sandbox.GetAsync(AmazonSandbox.AllOrders(), token)).Status);
        Assert.Equal("The access token you provided has expired.", (await sandbox.GetAsync(AmazonSandbox.AllOrders(), token)).ErrorDetails);

        sandbox.Amazon().Vendor.Faults.Reset();
        var fresh = await sandbox.AccessTokenAsync();
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/amazon/tokens/expire", expected: HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await sandbox.GetAsync(AmazonSandbox.AllOrders(), fresh)).Status);
    }

    [Fact]
    public async Task Buyer_pii_comes_only_with_a_restricted_data_token_that_covers_the_call()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var plain = (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 5), token)).Json.GetProperty("payload").GetProperty("Orders");
        Assert.All(plain.EnumerateArray(), o =>
        {
            Assert.False(o.TryGetProperty("BuyerInfo", out _));
            Assert.False(o.GetProperty("ShippingAddress").TryGetProperty("Name", out _));
        });

        var rdt = await sandbox.RestrictedTokenAsync(token, ("GET", "/orders/v0/orders", ["buyerInfo", "shippingAddress"]));
        var restricted = (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 5), rdt)).Json.GetProperty("payload").GetProperty("Orders");
        Assert.All(restricted.EnumerateArray(), o =>
        {
            Assert.Contains("@", o.GetProperty("BuyerInfo").GetProperty("BuyerEmail").GetString());
            Assert.False(string.IsNullOrEmpty(o.GetProperty("BuyerInfo").GetProperty("BuyerName").GetString()));
            Assert.True(o.GetProperty("ShippingAddress").TryGetProperty("Name", out _));
        });

        var orderId = restricted[0].GetProperty("AmazonOrderId").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await sandbox.GetAsync($"orders/v0/orders/{orderId}/buyerInfo", token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await sandbox.GetAsync($"orders/v0/orders/{orderId}/buyerInfo", rdt)).Status);
        var forOrder = await sandbox.RestrictedTokenAsync(token, ("GET", $"/orders/v0/orders/{orderId}/buyerInfo", []));
        var info = await sandbox.GetAsync($"orders/v0/orders/{orderId}/buyerInfo", forOrder);
        Assert.Equal(HttpStatusCode.OK, info.Status);
        Assert.Equal(orderId, info.Json.GetProperty("payload").GetProperty("AmazonOrderId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await sandbox.GetAsync("reports/2021-06-30/reports/1", rdt)).Status);
    }

    [Fact]
    public async Task An_rdt_request_without_resources_is_refused_as_the_model_shows()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var call = await sandbox.SpApiAsync(HttpMethod.Post, "tokens/2021-03-01/restrictedDataToken", await sandbox.AccessTokenAsync(), new { restrictedResources = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Equal("InvalidRequest", call.ErrorCode);
        Assert.Equal("Resource not provided.", call.ErrorDetails);
    }
}

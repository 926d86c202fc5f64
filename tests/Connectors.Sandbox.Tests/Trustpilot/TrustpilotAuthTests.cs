using System.Net;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.Sandbox.Tests.Trustpilot;

public sealed class TrustpilotAuthTests
{
    [Fact]
    public async Task Client_credentials_give_a_token_without_refresh_and_expires_in_as_a_string()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var call = await sandbox.TokenAsync("grant_type=client_credentials");

        Assert.Equal(HttpStatusCode.OK, call.Status);
        Assert.Equal("359999", call.Json.GetProperty("expires_in").GetString());
        Assert.False(call.Json.TryGetProperty("refresh_token", out _));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.ReviewsAsync(call.Json.GetProperty("access_token").GetString()!)).Status);
    }

    [Fact]
    public async Task The_password_grant_gives_a_refresh_token_that_renews_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var first = await sandbox.TokenAsync($"grant_type=password&username={Uri.EscapeDataString(TrustpilotDefaults.Username)}&password={TrustpilotDefaults.Password}");
        var refresh = first.Json.GetProperty("refresh_token").GetString()!;

        var renewed = await sandbox.TokenAsync($"grant_type=refresh_token&refresh_token={refresh}", refresh: true);
        var again = await sandbox.TokenAsync($"grant_type=refresh_token&refresh_token={refresh}", refresh: true);

        Assert.Equal(HttpStatusCode.OK, renewed.Status);
        Assert.NotEqual(first.Json.GetProperty("access_token").GetString(), renewed.Json.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await sandbox.ReviewsAsync(renewed.Json.GetProperty("access_token").GetString()!)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("invalid_grant", again.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Wrong_client_credentials_or_password_are_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var wrongSecret = await sandbox.TokenAsync("grant_type=client_credentials", basic: TrustpilotTestClient.Basic(secret: "nope"));
        var wrongPassword = await sandbox.TokenAsync($"grant_type=password&username={Uri.EscapeDataString(TrustpilotDefaults.Username)}&password=wrong");
        var noGrant = await sandbox.TokenAsync("username=x");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.Status);
        Assert.Equal("invalid_client", wrongSecret.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noGrant.Status);
    }

    [Fact]
    public async Task An_unknown_token_is_401_and_a_token_expires_after_its_lifetime()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var unknown = await sandbox.ReviewsAsync("made-up");
        Assert.Equal(HttpStatusCode.OK, (await sandbox.ReviewsAsync(token)).Status);

        sandbox.Clock.Advance(TimeSpan.FromSeconds(359_999));
        var expired = await sandbox.ReviewsAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal("oauth.v2.InvalidAccessToken", unknown.Json.GetProperty("fault").GetProperty("detail").GetProperty("errorcode").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("keymanagement.service.access_token_expired", expired.Json.GetProperty("fault").GetProperty("detail").GetProperty("errorcode").GetString());
        Assert.Equal(2, sandbox.Trustpilot().Vendor.Counters[Connectors.Sandbox.Framework.SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task The_control_endpoint_and_the_fault_knobs_expire_tokens_early()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/trustpilot/tokens/expire", expected: HttpStatusCode.NoContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.ReviewsAsync(token)).Status);

        var fresh = await sandbox.AccessTokenAsync();
        sandbox.Trustpilot().Vendor.Faults.Set(new() { TokenExpiresAfterRequests = 1 });
        Assert.Equal(HttpStatusCode.OK, (await sandbox.ReviewsAsync(fresh)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sandbox.ReviewsAsync(fresh)).Status);
    }

    [Fact]
    public async Task Refreshing_more_often_than_the_knob_allows_is_429_until_a_minute_passes()
    {
        await using var sandbox = await SandboxHarness.StartAsync(configure: o => o.Trustpilot.Knobs = new() { RefreshesPerMinute = 2 });
        var first = await sandbox.TokenAsync($"grant_type=password&username={Uri.EscapeDataString(TrustpilotDefaults.Username)}&password={TrustpilotDefaults.Password}");
        var refresh = first.Json.GetProperty("refresh_token").GetString()!;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var call = await sandbox.TokenAsync($"grant_type=refresh_token&refresh_token={refresh}", refresh: true);
            statuses.Add(call.Status);
            if (call.Status == HttpStatusCode.OK)
            {
                refresh = call.Json.GetProperty("refresh_token").GetString()!;
            }
        }

        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await sandbox.TokenAsync($"grant_type=refresh_token&refresh_token={refresh}", refresh: true);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(1, sandbox.Trustpilot().Vendor.Counters["refreshesRefused"]);
    }

    [Fact]
    public async Task The_business_unit_is_found_by_domain_with_the_api_key()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var found = await sandbox.CallAsync(HttpMethod.Get, $"v1/business-units/find?name=www.{TrustpilotDefaults.Domain}", token: null, apiKey: TrustpilotDefaults.ApiKey);
        var unknown = await sandbox.CallAsync(HttpMethod.Get, "v1/business-units/find?name=other.example", token: null, apiKey: TrustpilotDefaults.ApiKey);
        var noKey = await sandbox.CallAsync(HttpMethod.Get, $"v1/business-units/find?name={TrustpilotDefaults.Domain}", token: null);

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(TrustpilotDefaults.BusinessUnitId, found.Json.GetProperty("id").GetString());
        Assert.Equal(TrustpilotDefaults.Domain, found.Json.GetProperty("name").GetProperty("identifying").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.Status);
        Assert.Equal("oauth.v2.InvalidApiKey", noKey.Json.GetProperty("fault").GetProperty("detail").GetProperty("errorcode").GetString());
    }
}

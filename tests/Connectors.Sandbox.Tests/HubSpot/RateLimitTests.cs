using System.Net;
using Connectors.Sandbox.Framework;
using static Connectors.Sandbox.Tests.HubSpot.HubSpotCalls;

namespace Connectors.Sandbox.Tests.HubSpot;

public sealed class RateLimitTests
{
    [Fact]
    public async Task The_rolling_window_refuses_the_request_over_the_limit_until_the_oldest_one_leaves_it()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var hubspot = sandbox.Server.HubSpot;
        hubspot.Knobs = hubspot.Knobs with { RequestsPerWindow = 3 };

        var first = await sandbox.UpsertContactsAsync(Contact("a@example.com"));
        Assert.Equal("3", first.Header("X-HubSpot-RateLimit-Max"));
        Assert.Equal("2", first.Header("X-HubSpot-RateLimit-Remaining"));
        Assert.Equal("10000", first.Header("X-HubSpot-RateLimit-Interval-Milliseconds"));
        Assert.Equal("250000", first.Header("X-HubSpot-RateLimit-Daily"));
        Assert.Equal("249999", first.Header("X-HubSpot-RateLimit-Daily-Remaining"));
        sandbox.Clock.Advance(TimeSpan.FromSeconds(4));
        await sandbox.UpsertContactsAsync(Contact("b@example.com"));
        await sandbox.UpsertContactsAsync(Contact("c@example.com"));

        var refused = await sandbox.UpsertContactsAsync(Contact("d@example.com"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("error", refused.Json.GetProperty("status").GetString());
        Assert.Equal("You have reached your ten_secondly_rolling limit.", refused.Message);
        Assert.Equal("RATE_LIMIT", refused.Json.GetProperty("errorType").GetString());
        Assert.Equal("TEN_SECONDLY_ROLLING", refused.Json.GetProperty("policyName").GetString());
        Assert.Equal("0", refused.Header("X-HubSpot-RateLimit-Remaining"));
        Assert.Null(refused.Header("Retry-After"));

        sandbox.Clock.Advance(TimeSpan.FromSeconds(6)); // the first request leaves the window
        Assert.Equal(HttpStatusCode.OK, (await sandbox.UpsertContactsAsync(Contact("d@example.com"))).Status);
        Assert.Equal(4, hubspot.Contacts.Count);
        Assert.Equal(1, hubspot.Vendor.Counters["rateLimited"]);
        Assert.Equal(3, hubspot.GetRateLimitStatus().PeakInWindow);
    }

    [Fact]
    public async Task The_daily_limit_and_the_search_limit_have_their_own_policies()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var hubspot = sandbox.Server.HubSpot;
        hubspot.Knobs = hubspot.Knobs with { DailyLimit = 2, SearchRequestsPerSecond = 1 };
        var search = new { filterGroups = Array.Empty<object>() };
        Assert.Equal(HttpStatusCode.OK, (await sandbox.PostAsync("crm/v3/objects/contacts/search", search)).Status);
        var secondly = await sandbox.PostAsync("crm/v3/objects/contacts/search", search);
        Assert.Equal(HttpStatusCode.TooManyRequests, secondly.Status);
        Assert.Equal("SECONDLY", secondly.Json.GetProperty("policyName").GetString());

        await sandbox.UpsertContactsAsync(Contact("a@example.com"));
        var daily = await sandbox.UpsertContactsAsync(Contact("b@example.com"));
        Assert.Equal("DAILY", daily.Json.GetProperty("policyName").GetString());
        Assert.Equal("You have reached your daily limit.", daily.Message);
        Assert.Equal("0", daily.Header("X-HubSpot-RateLimit-Daily-Remaining"));

        sandbox.Clock.Advance(TimeSpan.FromHours(12)); // past midnight UTC
        Assert.Equal(HttpStatusCode.OK, (await sandbox.UpsertContactsAsync(Contact("b@example.com"))).Status);
    }

    [Fact]
    public async Task Missing_and_wrong_tokens_are_refused_in_HubSpots_shape()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var missing = await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/contacts", token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("INVALID_AUTHENTICATION", missing.Category);
        Assert.StartsWith("Authentication credentials not found.", missing.Message, StringComparison.Ordinal);
        var wrong = await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/contacts", token: "pat-na1-wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Matches("^[0-9a-f-]{36}$", wrong.Json.GetProperty("correlationId").GetString());
        Assert.Equal(2, sandbox.Server.HubSpot.Vendor.Counters[SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task Injected_429s_use_HubSpots_body_and_lost_writes_are_applied_but_answered_502()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var hubspot = sandbox.Server.HubSpot;
        hubspot.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });
        var throttled = await sandbox.UpsertContactsAsync(Contact("a@example.com"));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.Equal("TEN_SECONDLY_ROLLING", throttled.Json.GetProperty("policyName").GetString());
        Assert.Equal("10000", throttled.Header("X-HubSpot-RateLimit-Interval-Milliseconds"));
        Assert.Empty(hubspot.Contacts);

        hubspot.Vendor.Faults.Reset();
        hubspot.Knobs = hubspot.Knobs with { LoseNextWrites = 1 };
        var lost = await sandbox.UpsertContactsAsync(Contact("a@example.com"));
        Assert.Equal(HttpStatusCode.BadGateway, lost.Status);
        Assert.Single(hubspot.Contacts);
        Assert.Equal(HttpStatusCode.OK, (await sandbox.UpsertContactsAsync(Contact("a@example.com"))).Status);
        Assert.Equal(1, hubspot.Vendor.Counters["lostResponses"]);
    }
}

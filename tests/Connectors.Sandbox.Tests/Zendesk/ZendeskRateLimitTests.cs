using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Zendesk;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskRateLimitTests
{
    [Fact]
    public async Task Every_answer_reports_the_budget_and_ticketing_ones_the_reset()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(15));

        var user = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");
        var tickets = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/tickets?external_id=x");

        Assert.Equal("400", user.Header("X-Rate-Limit"));
        Assert.Equal("399", user.Header("X-Rate-Limit-Remaining"));
        Assert.Null(user.Header("ratelimit-reset"));
        Assert.Equal("398", tickets.Header("X-Rate-Limit-Remaining"));
        Assert.Equal("400", tickets.Header("ratelimit-limit"));
        Assert.Equal("398", tickets.Header("ratelimit-remaining"));
        Assert.Equal("45", tickets.Header("ratelimit-reset"));
    }

    [Theory]
    [InlineData(ZendeskPlan.Team, 200)]
    [InlineData(ZendeskPlan.Growth, 400)]
    [InlineData(ZendeskPlan.Enterprise, 700)]
    [InlineData(ZendeskPlan.EnterprisePlus, 2500)]
    public void Plans_size_the_limit(ZendeskPlan plan, int perMinute) =>
        Assert.Equal(perMinute, new ZendeskKnobs { Plan = plan }.EffectiveRequestsPerMinute);

    [Fact]
    public async Task Over_the_limit_answers_429_with_retry_after_until_the_minute_turns()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { RequestsPerMinute = 2 };
        sandbox.Clock.Advance(TimeSpan.FromSeconds(20));

        await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");
        await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");
        var refused = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");
        sandbox.Clock.Advance(TimeSpan.FromSeconds(40));
        var next = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("0", refused.Header("X-Rate-Limit-Remaining"));
        Assert.Equal("APIRateLimitExceeded", refused.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(1, sandbox.Server.Vendor("zendesk").Counters.Throttled);
        var window = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/zendesk/ratelimit");
        Assert.Equal(1, window.GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task The_limit_can_be_reported_without_being_enforced()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { RequestsPerMinute = 1, RateLimitEnabled = false };

        await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");
        var second = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/me");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("0", second.Header("X-Rate-Limit-Remaining"));
    }

    [Fact]
    public async Task Injected_faults_answer_429_with_the_knobs_retry_after_and_5xx()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var vendor = sandbox.Server.Vendor("zendesk");
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { ThrottleRetryAfterSeconds = 7 };
        vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });

        var throttled = await sandbox.CreateTicketAsync(new { comment = new { body = "x" } });
        vendor.Faults.Set(new FaultSettings { ServerErrorShare = 1 });
        var failed = await sandbox.CreateTicketAsync(new { comment = new { body = "x" } });

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), throttled.Headers.RetryAfter?.Delta);
        Assert.True((int)failed.Status >= 500);
        Assert.Empty(sandbox.Zendesk().Store.Tickets);
        Assert.Equal(1, vendor.Counters[SandboxCounters.InjectedThrottles]);
    }
}

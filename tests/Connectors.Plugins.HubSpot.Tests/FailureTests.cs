using Connectors.Abstractions;
using Connectors.Sandbox.Framework;
using Microsoft.Extensions.Logging;
using static Connectors.Plugins.HubSpot.Tests.Support.Items;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task With_30_percent_429s_and_5_percent_5xx_every_item_ends_done_exactly_once()
    {
        // A short window keeps the full-window wait after each 429 quick; truncated 2xx bodies add lost answers.
        await using var harness = await SinkHarness.StartAsync(k => k with { WindowMilliseconds = 100 });
        harness.HubSpot.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 0.30, ServerErrorShare = 0.05, TruncatedShare = 0.05 });
        var (sink, _) = harness.CreateSink(harness.Options(o => o.BatchSize = 25));
        var customers = Enumerable.Range(0, 150).Select(i => Customer(i)).ToList();
        var feedback = Enumerable.Range(0, 100).Select(i => Feedback($"r{i}", Person(i % 60))).ToList();

        var results = await SinkHarness.PushUntilSettledAsync(sink, [.. customers, .. feedback]);

        Assert.All(results.Values, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(150, harness.HubSpot.Contacts.Count);
        Assert.Equal(150, harness.HubSpot.Contacts.Select(c => c["email"]).Distinct().Count());
        Assert.Equal(100, harness.HubSpot.Notes.Count);
        Assert.Equal(100, harness.HubSpot.Notes.Select(n => n["connectors_key"]).Distinct().Count());
        Assert.Equal(
            harness.HubSpot.Notes.Select(n => n.Id).Order(),
            feedback.Select(f => results[f.IdempotencyKey].SinkId).Order());
        var counters = harness.HubSpot.Vendor.Counters;
        Assert.True(counters[SandboxCounters.InjectedThrottles] > 0 && counters[SandboxCounters.ServerErrors] > 0, "the faults were drawn");
    }

    [Fact]
    public async Task A_refused_token_fails_every_item_with_what_to_fix_and_is_logged_once()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, log) = harness.CreateSink(harness.Options(o => o.AccessToken = "pat-na1-revoked"));

        var first = await sink.PushAsync([Customer(1), Feedback("r1", Person(1))], CancellationToken.None);
        var second = await sink.PushAsync([Customer(2)], CancellationToken.None);

        Assert.All(first.Concat(second), r =>
        {
            Assert.Equal(SinkOutcome.Failed, r.Outcome);
            Assert.Contains("HubSpot refused the access token (401 INVALID_AUTHENTICATION", r.Error, StringComparison.Ordinal);
            Assert.Contains("Fix accessToken", r.Error, StringComparison.Ordinal);
        });
        Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.DoesNotContain("pat-na1-revoked", string.Join("\n", log.Entries.Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_is_a_retry_after_the_window_HubSpot_reports()
    {
        await using var harness = await SinkHarness.StartAsync(k => k with { WindowMilliseconds = 2000 });
        harness.HubSpot.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Customer(1), Feedback("r1", Person(1))], CancellationToken.None);

        Assert.All(results, r =>
        {
            Assert.Equal(SinkOutcome.Retry, r.Outcome);
            Assert.Equal(TimeSpan.FromSeconds(2), r.RetryAfter);
            Assert.Contains("TEN_SECONDLY_ROLLING", r.Error, StringComparison.Ordinal);
        });
        Assert.Equal(1, harness.HubSpot.Vendor.Counters.Requests); // the run stops at the first 429
    }

    [Fact]
    public async Task Server_errors_and_timeouts_are_retries()
    {
        await using var harness = await SinkHarness.StartAsync();
        harness.HubSpot.Vendor.Faults.Set(new FaultSettings { ServerErrorShare = 1 });
        var (sink, _) = harness.CreateSink();

        var results = await sink.PushAsync([Customer(1), Feedback("r1", Person(1))], CancellationToken.None);

        Assert.All(results, r =>
        {
            Assert.Equal(SinkOutcome.Retry, r.Outcome);
            Assert.Null(r.RetryAfter);
        });
        Assert.Empty(harness.HubSpot.Contacts);
    }

    [Fact]
    public async Task A_spent_daily_limit_retries_everything_after_midnight_without_asking_again()
    {
        await using var harness = await SinkHarness.StartAsync(k => k with { DailyLimit = 4 });
        var (sink, _) = harness.CreateSink();

        var first = await sink.PushAsync([Customer(1)], CancellationToken.None); // 3 property requests and the upsert
        var requests = harness.HubSpot.Vendor.Counters.Requests;
        var second = await sink.PushAsync([Customer(2)], CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, first[0].Outcome);
        Assert.Equal(SinkOutcome.Retry, second[0].Outcome);
        Assert.Contains("daily API limit", second[0].Error, StringComparison.Ordinal);
        Assert.InRange(second[0].RetryAfter!.Value, TimeSpan.FromTicks(1), TimeSpan.FromDays(1));
        Assert.Equal(requests, harness.HubSpot.Vendor.Counters.Requests);
    }
}

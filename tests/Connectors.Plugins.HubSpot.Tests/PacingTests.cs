using Connectors.Abstractions;
using Connectors.Sandbox.Framework;
using Microsoft.Extensions.Time.Testing;
using static Connectors.Plugins.HubSpot.Tests.Support.Items;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class PacingTests
{
    [Fact]
    public async Task A_paced_run_of_1000_contacts_never_meets_the_rolling_window()
    {
        // HubSpot's own 100 per 10 s, on a fake clock that moves only while the sink waits.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await SinkHarness.StartAsync(k => k with { RequestsPerWindow = 100, WindowMilliseconds = 10_000 }, clock);
        var (sink, _) = harness.CreateSink(harness.Options(o => (o.RequestsPerTenSeconds, o.BatchSize) = (100, 5)));
        var start = clock.GetUtcNow();

        var results = await FakeClockDriver.RunWhileQuietAsync(clock, () => harness.HubSpot.Vendor.Counters.Requests,
            () => SinkHarness.PushUntilSettledAsync(sink, [.. Enumerable.Range(0, 1000).Select(i => Customer(i))], maxRounds: 5), TimeSpan.FromMilliseconds(500));

        Assert.All(results.Values, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(1000, harness.HubSpot.Contacts.Count);
        Assert.Equal(0, harness.HubSpot.Vendor.Counters[SandboxCounters.Throttled]);
        // 3 property definitions and 200 upserts of 5. On a loaded machine the driver can move the fake clock while a
        // request is still in flight, and the sink then times it out and sends it again: one or two more, never 1,000.
        Assert.InRange(harness.HubSpot.Vendor.Counters.Requests, 203, 206);
        Assert.InRange(harness.HubSpot.GetRateLimitStatus().PeakInWindow, 1, 100);
        Assert.True(clock.GetUtcNow() - start >= TimeSpan.FromSeconds(20), $"203 requests at 100 per 10 s span at least two windows, took {clock.GetUtcNow() - start}");
    }

    [Fact]
    public async Task The_limit_is_learned_from_the_headers_when_it_is_lower_than_configured()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await SinkHarness.StartAsync(k => k with { RequestsPerWindow = 20 }, clock);
        var (sink, _) = harness.CreateSink(harness.Options(o => (o.RequestsPerTenSeconds, o.BatchSize) = (190, 1)));

        var results = await FakeClockDriver.RunWhileQuietAsync(clock, () => harness.HubSpot.Vendor.Counters.Requests,
            () => SinkHarness.PushUntilSettledAsync(sink, [.. Enumerable.Range(0, 60).Select(i => Customer(i))], maxRounds: 5), TimeSpan.FromMilliseconds(500));

        Assert.All(results.Values, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(0, harness.HubSpot.Vendor.Counters[SandboxCounters.Throttled]);
        Assert.InRange(harness.HubSpot.GetRateLimitStatus().PeakInWindow, 1, 20);
    }

    [Fact]
    public async Task Instances_with_the_same_token_share_one_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await SinkHarness.StartAsync(k => k with { RequestsPerWindow = 10 }, clock);
        var (a, _) = harness.CreateSink(harness.Options(o => (o.RequestsPerTenSeconds, o.BatchSize) = (10, 1)), "crm-a");
        var (b, _) = harness.CreateSink(harness.Options(o => (o.RequestsPerTenSeconds, o.BatchSize) = (10, 1)), "crm-b");

        var pushes = await FakeClockDriver.RunWhileQuietAsync(clock, () => harness.HubSpot.Vendor.Counters.Requests, () => Task.WhenAll(
            SinkHarness.PushUntilSettledAsync(a, [.. Enumerable.Range(0, 30).Select(i => Customer(i))], maxRounds: 5),
            SinkHarness.PushUntilSettledAsync(b, [.. Enumerable.Range(30, 30).Select(i => Customer(i))], maxRounds: 5)), TimeSpan.FromMilliseconds(500));

        Assert.All(pushes.SelectMany(p => p.Values), r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(0, harness.HubSpot.Vendor.Counters[SandboxCounters.Throttled]);
        Assert.Equal(60, harness.HubSpot.Contacts.Count);
    }
}

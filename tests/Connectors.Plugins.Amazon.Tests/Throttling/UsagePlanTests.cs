using Connectors.Plugins.Amazon.Tests.Support;
using Connectors.Plugins.Amazon.Throttling;
using Connectors.PluginSdk.Pacing;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Framework;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Amazon.Tests.Throttling;

/// <summary>The usage plans: shared per seller and operation, waited for (never a failure), and 429 storms lose nothing.</summary>
public sealed class UsagePlanTests
{
    [Fact]
    public void Sources_with_the_same_seller_share_one_budget_per_operation_and_other_sellers_have_their_own()
    {
        var registry = new BudgetRegistry<RateBudget>();
        var time = TimeProvider.System;

        var seller = RateBudget.ForSeller(registry, "app", "Atzr|seller-1", time);
        var again = RateBudget.ForSeller(registry, "app", "Atzr|seller-1", time);
        var other = RateBudget.ForSeller(registry, "app", "Atzr|seller-2", time);

        Assert.Same(seller[UsagePlans.GetOrders], again[UsagePlans.GetOrders]);
        Assert.NotSame(seller[UsagePlans.GetOrders], seller[UsagePlans.CreateReport]);
        Assert.NotSame(seller[UsagePlans.GetOrders], other[UsagePlans.GetOrders]);
        Assert.Equal(UsagePlans.Operations.Count * 2, registry.Count);
    }

    [Fact]
    public async Task A_budget_waits_for_the_next_token_after_its_burst_and_after_a_429()
    {
        var clock = new FakeTimeProvider();
        var budget = new RateBudget(new UsagePlan(Rate: 0.5, Burst: 2), clock);
        await budget.TakeAsync(CancellationToken.None);
        await budget.TakeAsync(CancellationToken.None);

        var third = budget.TakeAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await third;

        clock.Advance(TimeSpan.FromSeconds(2));
        budget.Throttle();
        var afterThrottle = budget.TakeAsync(CancellationToken.None);
        Assert.False(afterThrottle.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        await afterThrottle;
        Assert.Equal(1, budget.Throttled);
    }

    [Fact]
    public async Task A_storm_of_injected_429s_and_5xx_loses_no_record()
    {
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 300);
        using var host = new SourceHost();
        var options = AmazonSandbox.Options(sandbox, "US", "DE");
        var clean = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stream in new[] { "orders", AmazonSource.SellerFeedbackStream, AmazonSource.ReturnsStream })
        {
            clean[stream] = (await SourceHost.ReadAllAsync(host.Create(options), stream)).Sum(b => b.RecordCount);
        }

        sandbox.Vendor("amazon").Faults.Set(new FaultSettings { ThrottleShare = 0.4, ServerErrorShare = 0.05 });
        foreach (var stream in clean.Keys)
        {
            var stormy = await SourceHost.ReadAllAsync(host.Create(options), stream);
            Assert.Equal(clean[stream], stormy.Sum(b => b.RecordCount));
        }

        Assert.True(sandbox.Vendor("amazon").Counters[SandboxCounters.InjectedThrottles] > 10);
    }

    [Fact]
    public async Task Under_the_real_usage_plans_a_backfill_waits_for_the_quota_and_uses_nearly_all_of_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 10, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 5000, rateScale: 1, configure: o => o.TimeProvider = clock);
        var amazon = AmazonEmulator.Of(sandbox);
        var plugin = new WaitWatchingClock(clock);
        using var host = new SourceHost { Time = plugin };
        var options = AmazonSandbox.Options(sandbox, "US");
        options.ReportPollInterval = TimeSpan.FromSeconds(1);
        var started = clock.GetUtcNow();

        // Time moves only while the plugin waits on its clock: time spent carrying a request to the emulator on a loaded
        // machine is not counted as quota the plugin left unused. While it runs, the activity changes at every look.
        long awake = 0;
        var batches = await FakeClockDriver.RunWhileQuietAsync(
            clock, () => plugin.Waiting ? sandbox.Vendor("amazon").Counters[SandboxCounters.Requests] : -++awake,
            () => SourceHost.ReadAllAsync(host.Create(options), "orders"), TimeSpan.FromSeconds(2));

        var (taken, refused) = amazon.Buckets.Usage()["getOrders"];
        var pages = batches.Count;
        Assert.True(pages > 25, $"{pages} pages: more than getOrders' burst of 20, so the run had to wait for the quota");
        Assert.Equal(taken, pages);
        Assert.True(refused <= 2, $"{refused} requests refused with 429: the client should wait for its tokens instead");
        // 20 at once, then one per 1/0.0167 s: the fake time the run took is what the plan allowed, not much more.
        var allowed = 20 + ((clock.GetUtcNow() - started).TotalSeconds * 0.0167);
        Assert.True(taken / allowed >= 0.9, $"{taken} getOrders calls of {allowed:0.0} allowed: {taken / allowed:P0} of the usage plan");
    }
}

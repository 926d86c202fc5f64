using Connectors.Plugins.Shopify.Throttling;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Shopify.Tests.Throttling;

public sealed class ThrottleBudgetTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Before_any_answer_nothing_is_known_and_nothing_waits()
    {
        var budget = new ThrottleBudget(_time);

        await budget.WaitAsync(1000, CancellationToken.None);

        Assert.Null(budget.Available);
    }

    [Fact]
    public async Task A_query_the_bucket_cannot_afford_waits_for_the_refill_at_the_restore_rate()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(currentlyAvailable: 100, maximumAvailable: 2000, restoreRate: 50);

        var wait = budget.WaitAsync(400, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(6), budget.TimeUntilAffordable(400));
        _time.Advance(TimeSpan.FromSeconds(5.9));
        Assert.False(wait.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await wait.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, budget.Available!.Value, precision: 6);
    }

    [Fact]
    public async Task An_affordable_query_goes_at_once_and_reserves_its_cost_for_the_next_caller()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(1000, 2000, 100);

        await budget.WaitAsync(752, CancellationToken.None);
        var second = budget.WaitAsync(752, CancellationToken.None);

        Assert.False(second.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(5.04), budget.TimeUntilAffordable(752));
        _time.Advance(TimeSpan.FromSeconds(5.04));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_refill_never_exceeds_the_bucket()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(1990, 2000, 100);

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(2000, budget.Available);
    }

    [Fact]
    public void A_query_dearer_than_the_bucket_waits_only_for_a_full_bucket()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(0, 1000, 50);

        Assert.Equal(TimeSpan.FromSeconds(20), budget.TimeUntilAffordable(5000));
    }

    [Fact]
    public void Costs_are_learned_per_query_and_default_before()
    {
        var budget = new ThrottleBudget(_time);

        Assert.Equal(ThrottleBudget.DefaultCost, budget.EstimateCost("CustomersPage/250"));
        budget.LearnCost("CustomersPage/250", 752);
        Assert.Equal(752, budget.EstimateCost("CustomersPage/250"));
        Assert.Equal(ThrottleBudget.DefaultCost, budget.EstimateCost("OrdersPage/250"));
    }

    [Fact]
    public void Draining_empties_a_known_bucket()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(1500, 2000, 100);

        budget.Drain();

        Assert.Equal(0, budget.Available);
        Assert.Equal(TimeSpan.FromSeconds(2), budget.TimeUntilAffordable(200));
    }

    [Fact]
    public async Task Waiting_can_be_cancelled()
    {
        var budget = new ThrottleBudget(_time);
        budget.Report(0, 2000, 100);
        using var cts = new CancellationTokenSource();

        var wait = budget.WaitAsync(1000, cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}

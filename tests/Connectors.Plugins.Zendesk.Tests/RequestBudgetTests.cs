using Connectors.Plugins.Zendesk.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class RequestBudgetTests
{
    private static readonly TimeSpan Patient = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_tenth_of_the_minute_goes_at_once_and_the_rest_is_spread_evenly()
    {
        var clock = new FakeTimeProvider();
        var budget = new RequestBudget(clock, 600);
        for (var i = 0; i < 60; i++)
        {
            Assert.Null(await budget.AcquireAsync(Patient, CancellationToken.None));
        }

        var next = budget.AcquireAsync(Patient, CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(await next);
    }

    [Fact]
    public async Task A_lower_limit_from_the_headers_wins_and_a_spent_window_waits_for_its_reset()
    {
        var clock = new FakeTimeProvider();
        var budget = new RequestBudget(clock, 600);

        budget.Report(limit: 60, remaining: 0, reset: TimeSpan.FromSeconds(20));

        Assert.Equal(60, budget.RequestsPerMinute);
        Assert.Equal(TimeSpan.FromSeconds(20), await budget.AcquireAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        var waiting = budget.AcquireAsync(Patient, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(await waiting);
    }

    [Fact]
    public async Task A_429_blocks_the_budget_until_retry_after()
    {
        var clock = new FakeTimeProvider();
        var budget = new RequestBudget(clock, 600);

        budget.Throttled(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(5), await budget.AcquireAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
        var waiting = budget.AcquireAsync(Patient, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await waiting);
    }

    [Fact]
    public void One_account_has_one_budget_and_the_smaller_configured_share_wins()
    {
        var registry = new BudgetRegistry<RequestBudget>();
        var clock = new FakeTimeProvider();

        var first = RequestBudget.Of(registry, new Uri("https://acme.zendesk.com"), 400, clock);
        var second = RequestBudget.Of(registry, new Uri("https://ACME.zendesk.com/"), 200, clock);
        var other = RequestBudget.Of(registry, new Uri("https://other.zendesk.com"), 400, clock);

        Assert.Same(first, second);
        Assert.Equal(200, first.RequestsPerMinute);
        Assert.NotSame(first, other);
    }
}

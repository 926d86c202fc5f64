using Connectors.Plugins.Webhook.Pacing;

namespace Connectors.Plugins.Webhook.Tests.Pacing;

public sealed class RequestPacerTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sixty_a_minute_is_one_request_a_second()
    {
        var clock = new SleepSkippingClock(Start);
        var pacer = new RequestPacer(clock, 60);

        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await pacer.AcquireAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        }

        Assert.Equal(TimeSpan.FromSeconds(4), clock.Slept);
    }

    [Fact]
    public async Task A_second_worth_may_go_at_once_at_higher_budgets()
    {
        var clock = new SleepSkippingClock(Start);
        var pacer = new RequestPacer(clock, 600);

        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await pacer.AcquireAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        }

        Assert.Equal(TimeSpan.Zero, clock.Slept);
    }

    [Fact]
    public async Task A_wait_longer_than_allowed_is_returned_without_taking_a_turn()
    {
        var clock = new SleepSkippingClock(Start);
        var pacer = new RequestPacer(clock, 1);

        Assert.Null(await pacer.AcquireAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(1), await pacer.AcquireAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.Equal(TimeSpan.Zero, clock.Slept);
    }

    [Fact]
    public async Task After_a_throttle_nothing_goes_until_its_end_then_one_at_a_time()
    {
        var clock = new SleepSkippingClock(Start);
        var pacer = new RequestPacer(clock, 6000);

        pacer.Throttled(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), await pacer.AcquireAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.Null(await pacer.AcquireAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(30), clock.Slept);
        Assert.Null(await pacer.AcquireAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(30.01), clock.Slept);
    }

    [Fact]
    public void The_registry_keeps_one_pacer_per_url_and_the_smaller_budget()
    {
        var registry = new BudgetRegistry<RequestPacer>();
        var clock = new SleepSkippingClock(Start);

        var a = RequestPacer.Of(registry, new Uri("https://HOOKS.slack.com/services/T0/B0/Token"), 60, clock);
        var b = RequestPacer.Of(registry, new Uri("https://hooks.slack.com/services/T0/B0/Token"), 30, clock);
        var other = RequestPacer.Of(registry, new Uri("https://hooks.slack.com/services/T0/B0/token"), 60, clock);

        Assert.Same(a, b);
        Assert.NotSame(a, other);
        Assert.Equal(30, a.RequestsPerMinute);
    }
}

using Connectors.Plugins.HubSpot.Pacing;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class RequestPacerTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_full_window_waits_until_the_oldest_answer_is_a_window_old()
    {
        var time = new FakeTimeProvider();
        var pacer = new RequestPacer(2, Window, time);
        await Run(pacer);
        time.Advance(TimeSpan.FromSeconds(3));
        await Run(pacer);

        var third = pacer.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(7)); // 10 s after the first answer: the 2% margin is still running
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(201));
        await third;
    }

    [Fact]
    public async Task The_headers_teach_the_limit_the_window_and_use_by_others()
    {
        var time = new FakeTimeProvider();
        var pacer = new RequestPacer(100, Window, time);
        await pacer.WaitAsync(CancellationToken.None);

        // Another app on the token made 7 requests: 100 - 92 = 8 used, one of them ours.
        pacer.Complete(new RateLimitHeaders(10, 2, TimeSpan.FromSeconds(1), null), dailyRemaining: 900);

        Assert.Equal(10, pacer.Max);
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Window);
        await Run(pacer);
        await Run(pacer);
        var eleventh = pacer.WaitAsync(CancellationToken.None);
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1021));
        await eleventh;
    }

    [Fact]
    public async Task A_429_fills_the_window_and_a_spent_day_is_remembered()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 18, 0, 0, TimeSpan.Zero));
        var pacer = new RequestPacer(100, Window, time);
        await pacer.WaitAsync(CancellationToken.None);
        pacer.Complete(null, throttledBy: "TEN_SECONDLY_ROLLING");

        var next = pacer.WaitAsync(CancellationToken.None);
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(11));
        await next;

        pacer.Complete(new RateLimitHeaders(100, 50, Window, null), dailyRemaining: 0);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero), pacer.DailyExhaustedUntil);
        time.Advance(TimeSpan.FromHours(6));
        Assert.Null(pacer.DailyExhaustedUntil);
    }

    [Fact]
    public async Task Searches_are_spaced_a_quarter_second_apart()
    {
        var time = new FakeTimeProvider();
        var pacer = new RequestPacer(100, Window, time);
        await pacer.WaitForSearchAsync(CancellationToken.None);
        var second = pacer.WaitForSearchAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        time.Advance(RequestPacer.SearchSpacing);
        await second;
    }

    private static async Task Run(RequestPacer pacer)
    {
        var wait = pacer.WaitAsync(CancellationToken.None);
        Assert.True(wait.IsCompleted, "room in the window: no wait");
        await wait;
        pacer.Complete(null);
    }
}

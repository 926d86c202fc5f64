using Microsoft.Extensions.Time.Testing;

namespace Connectors.TestKit;

/// <summary>
/// A fake clock on which waiting takes no time: a timer set for later moves the clock forward to its due time at
/// once. A connector's pacing and Retry-After waits happen in full on the clock (and on an emulator sharing it), and
/// the tests stay fast.
/// </summary>
/// <param name="start">The clock's first reading.</param>
public sealed class SleepSkippingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Everything slept so far.</summary>
    public TimeSpan Slept { get; private set; }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            Slept += dueTime;
            Advance(dueTime);
        }

        return timer;
    }
}

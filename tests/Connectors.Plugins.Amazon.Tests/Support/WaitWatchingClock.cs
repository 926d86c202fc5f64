namespace Connectors.Plugins.Amazon.Tests.Support;

/// <summary>
/// The plugin's view of a fake clock that knows whether the plugin is waiting on it: a timer it created (a
/// <c>Task.Delay</c>) that has neither fired nor been disposed. A test can then move time only while the plugin
/// waits, never while a loaded machine is still carrying its request to the emulator.
/// </summary>
internal sealed class WaitWatchingClock(TimeProvider inner) : TimeProvider
{
    private int _pending;

    /// <summary>Whether a timer of the plugin is pending.</summary>
    public bool Waiting => Volatile.Read(ref _pending) > 0;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this);
        Interlocked.Increment(ref _pending);
        timer.Inner = inner.CreateTimer(s =>
        {
            timer.Done();
            callback(s);
        }, state, dueTime, period);
        return timer;
    }

    private sealed class WatchedTimer(WaitWatchingClock clock) : ITimer
    {
        private int _done;

        public ITimer Inner { get; set; } = null!;

        public void Done()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref clock._pending);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner.Change(dueTime, period);

        public void Dispose()
        {
            Done();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Done();
            return Inner.DisposeAsync();
        }
    }
}

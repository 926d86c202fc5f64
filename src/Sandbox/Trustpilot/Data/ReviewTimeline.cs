namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>The span seeded reviews fall in: <c>HistoryDays</c> before the history end, never after it.</summary>
internal sealed record ReviewTimeline(DateTimeOffset Start, DateTimeOffset End)
{
    public DateTimeOffset At(double unit) => WholeSeconds.Of(Start.AddTicks((long)((End - Start).Ticks * unit)));

    public DateTimeOffset Clamp(DateTimeOffset time) => WholeSeconds.Of(time >= End ? End.AddSeconds(-1) : time);
}

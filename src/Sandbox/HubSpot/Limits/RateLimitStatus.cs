namespace Connectors.Sandbox.HubSpot.Limits;

/// <summary>One token's rate state, as the control endpoint shows it.</summary>
/// <param name="Max">Requests per window.</param>
/// <param name="UsedInWindow">Requests in the current rolling window.</param>
/// <param name="IntervalMilliseconds">The window's length.</param>
/// <param name="Daily">Requests per day.</param>
/// <param name="UsedToday">Requests counted today.</param>
/// <param name="PeakInWindow">The most requests any rolling window has held since the last reset (never above Max when clients pace well).</param>
public sealed record RateLimitStatus(int Max, int UsedInWindow, int IntervalMilliseconds, int Daily, int UsedToday, int PeakInWindow);

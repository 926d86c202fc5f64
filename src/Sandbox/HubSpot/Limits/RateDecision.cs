namespace Connectors.Sandbox.HubSpot.Limits;

/// <summary>Whether one request fits the token's limits, and what the rate headers say afterwards.</summary>
/// <param name="Allowed">False when a limit refused it.</param>
/// <param name="Policy">The refusing policy: <c>TEN_SECONDLY_ROLLING</c>, <c>DAILY</c> or <c>SECONDLY</c> (search).</param>
/// <param name="Max">Requests per window.</param>
/// <param name="Remaining">Requests left in the current window.</param>
/// <param name="IntervalMilliseconds">The window's length.</param>
/// <param name="Daily">Requests per day.</param>
/// <param name="DailyRemaining">Requests left today.</param>
internal readonly record struct RateDecision(bool Allowed, string? Policy, int Max, int Remaining, int IntervalMilliseconds, int Daily, int DailyRemaining)
{
    /// <summary>The message of HubSpot's 429 body for the policy.</summary>
    public string Message => Policy switch
    {
        "DAILY" => "You have reached your daily limit.",
        "SECONDLY" => "You have reached your secondly limit.",
        _ => "You have reached your ten_secondly_rolling limit.",
    };
}

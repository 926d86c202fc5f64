namespace Connectors.PluginSdk.Http;

/// <summary>
/// The header names one vendor gives its rate-limit figures under. Each figure may have several names, tried in order
/// (Zendesk sends <c>ratelimit-limit</c> on ticketing endpoints and <c>X-Rate-Limit</c> on every other).
/// </summary>
public sealed record RateLimitHeaderNames
{
    /// <summary>The IETF draft's names: <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> (seconds).</summary>
    public static RateLimitHeaderNames Ietf { get; } = new()
    {
        Limit = ["RateLimit-Limit"],
        Remaining = ["RateLimit-Remaining"],
        ResetSeconds = ["RateLimit-Reset"],
    };

    /// <summary>Requests allowed per window.</summary>
    public IReadOnlyList<string> Limit { get; init; } = [];

    /// <summary>Requests left in the window after this one.</summary>
    public IReadOnlyList<string> Remaining { get; init; } = [];

    /// <summary>Seconds until the window resets.</summary>
    public IReadOnlyList<string> ResetSeconds { get; init; } = [];

    /// <summary>The window's length in milliseconds.</summary>
    public IReadOnlyList<string> WindowMilliseconds { get; init; } = [];
}

namespace Connectors.Plugins.Meta.Client;

/// <summary>How often and how long the client retries what Graph says may pass.</summary>
internal static class RetryPolicy
{
    /// <summary>Attempts for 5xx, transient Graph errors and (reads only) timeouts, dropped connections and unreadable bodies.</summary>
    public const int TransientAttempts = 5;

    /// <summary>Attempts while Graph throttles: its windows are an hour long at most, so the waits grow to minutes.</summary>
    public const int ThrottledAttempts = 8;

    /// <summary>Exponential backoff: 1 s, 2 s, 4 s ... at most five minutes.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempt - 1))));
}

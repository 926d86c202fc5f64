namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>How often and how long the client retries passing failures.</summary>
internal static class RetryPolicy
{
    /// <summary>Attempts for 5xx, timeouts, dropped connections and truncated or malformed bodies.</summary>
    public const int TransientAttempts = 5;

    /// <summary>429s are waited out until the quota refills; the bound only stops a misbehaving server from holding a run forever.</summary>
    public const int ThrottledAttempts = 200;

    /// <summary>Exponential backoff: 1 s, 2 s, 4 s, 8 s ...</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Pow(2, Math.Max(0, attempt - 1)));
}

namespace Connectors.Host.Outbox;

/// <summary>When a failed push is tried again: exponential with jitter, never sooner than the sink asked, and a last attempt.</summary>
public static class RetryBackoff
{
    /// <summary>After this many attempts an item that still fails is dead-lettered.</summary>
    public const int MaxAttempts = 8;

    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    /// <param name="attempt">The attempt that just failed, from 1.</param>
    /// <param name="retryAfter">What the sink asked for (Retry-After), if anything.</param>
    /// <param name="jitter">A number in [0, 1) spreading retries so a burst does not return as a burst.</param>
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter, double jitter)
    {
        var exponential = TimeSpan.FromSeconds(Math.Min(Cap.TotalSeconds, Math.Pow(2, attempt - 1)));
        var spread = exponential * (0.8 + (0.4 * jitter));
        return retryAfter is { } asked && asked > spread ? asked : spread;
    }
}

namespace Connectors.Host.Http;

/// <summary>
/// The figures of the host's HTTP pipeline, documented on <see cref="Abstractions.IConnectorContext.HttpClient"/>.
/// It is a backstop under the plugins' own vendor pacing, so it is generous: plugins set shorter timeouts themselves.
/// </summary>
internal static class HttpDefaults
{
    /// <summary>The longest one attempt may take: the longest request timeout a first-party plugin's options allow.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMinutes(5);

    /// <summary>One request with its retries and their waits.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Retries of a safe request after a transient failure.</summary>
    public const int MaxRetries = 3;

    /// <summary>A longer <c>Retry-After</c> is answered to the plugin, which knows whether to wait or hand the work back.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The breaker opens when this share of at least <see cref="BreakerMinimumThroughput"/> requests failed.</summary>
    public const double BreakerFailureRatio = 0.5;

    /// <summary>Requests within <see cref="BreakerSamplingDuration"/> before the breaker judges a host.</summary>
    public const int BreakerMinimumThroughput = 10;

    /// <summary>The breaker's window; at least twice the attempt timeout, as the resilience library requires.</summary>
    public static readonly TimeSpan BreakerSamplingDuration = 2 * AttemptTimeout;

    /// <summary>How long an open breaker fails requests at once before it lets one through to try.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);
}

namespace Connectors.Plugins.Shopify.Client;

/// <summary>What one HTTP attempt came to: the data, a throttle to wait out, or a passing failure to retry.</summary>
internal readonly record struct AttemptResult<T>(T? Data, bool Throttled, TimeSpan? RetryAfter, TransientFailure? Failure)
    where T : class
{
    public static AttemptResult<T> Ok(T data) => new(data, false, null, null);

    public static AttemptResult<T> Throttle(TimeSpan? retryAfter) => new(null, true, retryAfter, null);

    public static AttemptResult<T> Retry(string reason, Exception? cause = null) => new(null, false, null, new TransientFailure(reason, cause));
}

namespace Connectors.Abstractions;

/// <summary>
/// What a connector may tell the host's HTTP pipeline about one request (<see cref="IConnectorContext.HttpClient"/>),
/// through <see cref="HttpRequestMessage.Options"/>.
/// </summary>
public static class HostHttp
{
    /// <summary>
    /// Set to <c>true</c> on a request the connector retries itself (with its own vendor-specific backoff): the host then
    /// never retries it, so the two do not multiply. Its timeouts and circuit breaker still apply.
    /// <code>request.Options.Set(HostHttp.OwnRetries, true);</code>
    /// </summary>
    public static HttpRequestOptionsKey<bool> OwnRetries { get; } = new("Connectors.OwnRetries");
}

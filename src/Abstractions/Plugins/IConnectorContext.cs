using Microsoft.Extensions.Logging;

namespace Connectors.Abstractions;

/// <summary>
/// What the host lends one connector instance. Plugins take time, HTTP, configuration and logging from
/// here and never read environment variables or the configuration file themselves.
/// </summary>
public interface IConnectorContext
{
    /// <summary>The connector instance's name from the configuration, for example <c>shop-eu</c>.</summary>
    string ConnectorName { get; }

    /// <summary>The validated options object, of the manifest's options type, with secrets resolved.</summary>
    object Options { get; }

    /// <summary>The directory relative paths in the options are resolved against (the configuration file's).</summary>
    string ContentRoot { get; }

    /// <summary>
    /// An HTTP client for this instance, with the host's resilience defaults, per host it calls: a 5-minute attempt
    /// timeout (set shorter ones yourself), up to 3 retries of safe requests (GET, HEAD, OPTIONS) after a 5xx, 408,
    /// timeout or connection failure, honouring a <c>Retry-After</c> of up to 30 seconds (a longer one is answered
    /// to you), and a circuit breaker that fails requests at once with an <see cref="HttpRequestException"/> for 30
    /// seconds after half of at least 10 requests failed. A 429 is never retried and never opens the circuit: it is
    /// yours to pace. Set <see cref="HostHttp.OwnRetries"/> on requests you retry yourself. A timeout surfaces as a
    /// <see cref="TaskCanceledException"/> while your token is not cancelled, as with a plain <see cref="System.Net.Http.HttpClient"/>.
    /// </summary>
    HttpClient HttpClient { get; }

    /// <summary>The clock; use it instead of <c>DateTimeOffset.UtcNow</c> so runs are testable.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>A logger named after the connector instance; secrets are redacted by the host.</summary>
    ILogger Logger { get; }

    /// <summary>The host's service provider, to resolve what <see cref="IConnectorPlugin.ConfigureServices"/> registered.</summary>
    IServiceProvider Services { get; }
}

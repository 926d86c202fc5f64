using Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.HubSpot.Tests.Support;

/// <summary>What the host lends a sink: the options, a plain HTTP client, a clock, a logger, and the plugin's services.</summary>
internal sealed class TestConnectorContext(HubSpotOptions options, HttpClient http, TimeProvider time, IServiceProvider services, string name = "crm-test") : IConnectorContext
{
    public string ConnectorName => name;

    public object Options => options;

    public string ContentRoot => AppContext.BaseDirectory;

    public HttpClient HttpClient => http;

    public TimeProvider TimeProvider => time;

    public ListLogger Log { get; } = new();

    public ILogger Logger => Log;

    public IServiceProvider Services => services;
}

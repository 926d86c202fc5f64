using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Plugins.Webhook.Tests.Support;

/// <summary>What the host would lend a connector: the options, an HTTP client, a clock and the plugin's services.</summary>
internal sealed class TestConnectorContext(WebhookOptions options, HttpClient http, TimeProvider time, IServiceProvider services, string name = "alerts-hook")
    : IConnectorContext
{
    public string ConnectorName => name;

    public object Options => options;

    public string ContentRoot => AppContext.BaseDirectory;

    public HttpClient HttpClient => http;

    public TimeProvider TimeProvider => time;

    public ILogger Logger => NullLogger.Instance;

    public IServiceProvider Services => services;

    /// <summary>The container as the host builds it: the plugin's registrations only.</summary>
    public static ServiceProvider PluginServices()
    {
        var services = new ServiceCollection();
        new WebhookPlugin().ConfigureServices(services);
        return services.BuildServiceProvider();
    }
}

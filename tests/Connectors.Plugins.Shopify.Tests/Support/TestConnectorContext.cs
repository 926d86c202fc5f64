using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>What the host would lend a connector: the options, an HTTP client over a fake handler, a fake clock and the plugin's services.</summary>
internal sealed class TestConnectorContext : IConnectorContext, IDisposable
{
    private readonly ServiceProvider _services;

    public TestConnectorContext(ShopifyOptions options, HttpMessageHandler handler, FakeTimeProvider time, ServiceProvider? services = null)
    {
        Options = options;
        HttpClient = new HttpClient(handler, disposeHandler: false);
        TimeProvider = time;
        _services = services ?? PluginServices();
    }

    public string ConnectorName => "shop-test";

    public object Options { get; }

    public string ContentRoot => AppContext.BaseDirectory;

    public HttpClient HttpClient { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger => NullLogger.Instance;

    public IServiceProvider Services => _services;

    /// <summary>The container as the host builds it: the plugin's registrations only.</summary>
    public static ServiceProvider PluginServices()
    {
        var services = new ServiceCollection();
        new ShopifyPlugin().ConfigureServices(services);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        HttpClient.Dispose();
        _services.Dispose();
    }
}

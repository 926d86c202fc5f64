using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.TestKit;

/// <summary>Builds a plugin's services the way the host does, so tests share a plugin's singletons as connectors in one host do.</summary>
public static class PluginServices
{
    /// <summary>
    /// A container holding what the plugin's <see cref="IConnectorPlugin.ConfigureServices"/> registers, and nothing of
    /// the host's: a plugin takes HTTP, time, logging and options from its <see cref="IConnectorContext"/>, never from here.
    /// </summary>
    public static ServiceProvider Build(IConnectorPlugin plugin)
    {
        var services = new ServiceCollection();
        plugin.ConfigureServices(services);
        return services.BuildServiceProvider();
    }

    /// <summary>The services of a new <typeparamref name="TPlugin"/>.</summary>
    public static ServiceProvider For<TPlugin>()
        where TPlugin : IConnectorPlugin, new() => Build(new TPlugin());
}

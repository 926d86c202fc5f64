using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Abstractions;

/// <summary>
/// The one entry point of a plugin assembly. The host finds the single public non-abstract class that
/// implements it and creates it with its parameterless constructor.
/// </summary>
public interface IConnectorPlugin
{
    /// <summary>What the plugin is and how it is configured.</summary>
    PluginManifest Manifest { get; }

    /// <summary>
    /// Registers services the plugin's connectors share (typed clients, caches) into the host's container,
    /// before it is built. Never build a service provider here.
    /// </summary>
    void ConfigureServices(IServiceCollection services);

    /// <summary>
    /// Creates the connector for one configured instance. Returns an <see cref="ISourceConnector"/> for a
    /// source plugin and an <see cref="ISinkConnector"/> for a sink plugin.
    /// </summary>
    IConnector CreateConnector(IConnectorContext context);
}

using System.Collections.Concurrent;
using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Sync;

/// <summary>Creates each configured connector once, through its plugin, with the context the host lends it.</summary>
public sealed class ConnectorRegistry(
    ValidatedConfig config,
    IServiceProvider services,
    IHttpClientFactory httpClients,
    ILoggerFactory loggers,
    TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IConnector> _created = new(StringComparer.OrdinalIgnoreCase);

    public IConnector Get(string name)
    {
        var definition = config.Find(name)
            ?? throw new KeyNotFoundException($"no connector named '{name}'; configured: {string.Join(", ", config.Connectors.Select(c => c.Name))}");
        return _created.GetOrAdd(definition.Name, _ => Create(definition));
    }

    /// <summary>The connector of that name, or <c>null</c> when none is configured.</summary>
    public IConnector? TryGet(string name) => config.Find(name) is null ? null : Get(name);

    /// <summary>
    /// A source's streams: the manifest's, so no connector is created to learn them; a plugin that declares none there
    /// (built against contracts 2.0) is created and asked.
    /// </summary>
    public IReadOnlyList<string> StreamsOf(string name)
    {
        var definition = config.Find(name)
            ?? throw new KeyNotFoundException($"no connector named '{name}'; configured: {string.Join(", ", config.Connectors.Select(c => c.Name))}");
        return definition.Manifest.Streams is { Count: > 0 } declared ? declared : GetSource(definition.Name).Streams;
    }

    public ISourceConnector GetSource(string name) =>
        Get(name) as ISourceConnector
        ?? throw new InvalidOperationException($"connector '{name}' is a sink; only source connectors can be synced");

    public ISinkConnector GetSink(string name) =>
        Get(name) as ISinkConnector
        ?? throw new InvalidOperationException($"connector '{name}' is a source; only sink connectors take outbound work");

    private IConnector Create(ConnectorDefinition definition)
    {
        var context = new ConnectorContext(
            definition.Name,
            definition.Options,
            config.Source.ContentRoot,
            httpClients.CreateClient($"connector:{definition.Name}"),
            time,
            loggers.CreateLogger($"Connectors.{definition.Name}"),
            services);
        return definition.Plugin.Plugin!.CreateConnector(context)
            ?? throw new InvalidOperationException($"plugin '{definition.Manifest.Id}' returned no connector for '{definition.Name}'");
    }
}

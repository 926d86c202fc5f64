using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Meta;

/// <summary>
/// The <c>meta</c> source: WhatsApp Cloud API, Messenger or Instagram messages of one number, Page or account, by
/// webhook and (Messenger, Instagram) from the Graph history; answers in the customer's thread inside Meta's windows.
/// </summary>
public sealed class MetaPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "meta";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Meta (WhatsApp, Messenger, Instagram)",
        typeof(MetaPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Source,
        PluginCapabilities.Incremental | PluginCapabilities.Webhooks | PluginCapabilities.Reply,
        typeof(MetaOptions))
    {
        Description = "Receives a WhatsApp number's, Messenger Page's or Instagram account's customer messages by signed webhook, heals gaps from the Graph conversation history (not WhatsApp), and answers in the customer's thread within Meta's messaging windows.",
        Streams = MetaSource.StreamNames,
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // Nothing shared: each connector calls Graph with its own token, and Graph's limits are per token.
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context) => new MetaSource(context);
}

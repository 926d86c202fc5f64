namespace Connectors.Host.Configuration;

/// <summary>The configuration after every check passed: each section bound, secrets resolved, connectors bound to their plugins.</summary>
public sealed class ValidatedConfig
{
    /// <summary>Every section as read.</summary>
    public required ConnectorsConfig Source { get; init; }

    /// <summary>The store's connection string, references resolved.</summary>
    public required string StoreConnectionString { get; init; }

    /// <summary>The web API key, references resolved; <c>null</c> when none is set.</summary>
    public string? WebApiKey { get; init; }

    /// <summary>Every connector with its plugin and bound options.</summary>
    public required IReadOnlyList<ConnectorDefinition> Connectors { get; init; }

    /// <summary>The connectors that take outbound work from the outbox: every sink, and every source that replies or sends review requests.</summary>
    public IEnumerable<ConnectorDefinition> OutboxTargets =>
        Connectors.Where(c => c.Manifest.Kind == Abstractions.PluginKind.Sink || c.Config.ReviewRequests is { Enabled: true }
            || c.Manifest.Capabilities.HasFlag(Abstractions.PluginCapabilities.Reply));

    public ConnectorDefinition? Find(string name) =>
        Connectors.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

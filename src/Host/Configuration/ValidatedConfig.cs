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

    public ConnectorDefinition? Find(string name) =>
        Connectors.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

namespace Connectors.Host.Configuration;

/// <summary>The configuration after every check passed: secrets resolved, options bound, paths absolute.</summary>
public sealed record ValidatedConfig(
    ConnectorsConfig Source,
    string StoreProvider,
    string StoreConnectionString,
    IReadOnlyList<ConnectorDefinition> Connectors,
    string WebUrls,
    string? WebApiKey)
{
    public ConnectorDefinition? Find(string name) =>
        Connectors.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

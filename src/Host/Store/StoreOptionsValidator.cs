using Connectors.Host.Configuration;

namespace Connectors.Host.Store;

/// <summary>Checks the <c>store</c> section: a provider the host has, and a connection string whose references resolve.</summary>
public static class StoreOptionsValidator
{
    internal static readonly string[] Providers = ["sqlite"];

    /// <summary>The connection string with its references resolved; <c>null</c> (and errors added) when it cannot be used.</summary>
    public static string? Validate(StoreOptions store, SecretResolver secrets, List<ConfigError> errors)
    {
        if (!Providers.Contains(store.Provider, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new ConfigError("$.store.provider", $"unknown store provider '{store.Provider}'; supported: {string.Join(", ", Providers)}"));
        }

        return string.IsNullOrWhiteSpace(store.ConnectionString)
            ? null
            : secrets.ResolveString(store.ConnectionString, "$.store.connectionString", errors);
    }
}

using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>Per-request state the resolvers share: the data, the request's identity, the running actual cost.</summary>
internal sealed class QueryContext
{
    private int _costSuppressed;

    public required GqlSchema Schema { get; init; }

    public required ShopifyEmulator Emulator { get; init; }

    public ShopifyStore Store => Emulator.Store;

    /// <summary>Store version to read as of; <see cref="long.MaxValue"/> for current data.</summary>
    public long AsOf { get; init; } = long.MaxValue;

    /// <summary>Scheme and authority the client reached the sandbox on, for URLs in answers.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>API version of the request.</summary>
    public string ApiVersion { get; init; } = ShopifyDefaults.OldestVersion;

    public int ActualCost { get; private set; }

    /// <summary>Search warnings for <c>extensions.search</c>.</summary>
    public List<(IReadOnlyList<object> Path, string Query, IReadOnlyList<(string Field, string Message)> Warnings)> SearchWarnings { get; } = [];

    public void AddCost(int points)
    {
        if (_costSuppressed == 0)
        {
            ActualCost += points;
        }
    }

    /// <summary>Inside a mutation only its fixed cost counts.</summary>
    public void SuppressCost(bool on) => _costSuppressed += on ? 1 : -1;

    /// <summary>Resolves a page of a connection field, noting search warnings once per field path.</summary>
    public ConnectionPage ResolveConnection(IConnectionSource source, PlannedField field)
    {
        var request = field.Connection!;
        if (request.Query.Warnings.Count > 0 && !SearchWarnings.Any(w => w.Path.SequenceEqual(field.Path)))
        {
            SearchWarnings.Add((field.Path, request.Query.Text, request.Query.Warnings));
        }

        return ConnectionResolver.Resolve(source, request, Emulator.Vendor.Faults.TryConsumeCursorRepeat);
    }
}

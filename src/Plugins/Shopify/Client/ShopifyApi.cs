using System.Globalization;
using Connectors.Plugins.Shopify.Client.Models;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>The typed calls the connector makes, each one document of <see cref="ShopifyQueries"/>.</summary>
internal sealed class ShopifyApi(ShopifyGraphQLClient client, ShopifyApiVersion version)
{
    private static readonly ShopifyJsonContext Json = ShopifyJsonContext.Default;

    public ShopifyApiVersion Version { get; } = version;

    public async Task<string?> ShopNameAsync(CancellationToken cancellationToken) =>
        (await client.SendAsync(ShopifyQueries.Shop, null, ShopifyQueries.Shop.Name, Json.GraphQLResponseShopData, cancellationToken)).Shop?.Name;

    public async Task<Connection<CustomerNode>> CustomersAsync(int first, string? after, string? filter, CancellationToken cancellationToken)
    {
        var operation = ShopifyQueries.CustomersPage(Version);
        var data = await client.SendAsync(operation, w => PageVariables(w, first, after, filter), CostKey(operation, first),
            Json.GraphQLResponseCustomersPageData, cancellationToken);
        return data.Customers ?? throw MissingField(operation, "customers");
    }

    public async Task<Connection<OrderNode>> OrdersAsync(int first, string? after, string? filter, CancellationToken cancellationToken)
    {
        var operation = ShopifyQueries.OrdersPage;
        var data = await client.SendAsync(operation, w => PageVariables(w, first, after, filter), CostKey(operation, first),
            Json.GraphQLResponseOrdersPageData, cancellationToken);
        return data.Orders ?? throw MissingField(operation, "orders");
    }

    public async Task<BulkRunPayload> RunBulkAsync(string query, CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(ShopifyQueries.BulkRun, w => w.WriteString("query", query), ShopifyQueries.BulkRun.Name,
            Json.GraphQLResponseBulkRunData, cancellationToken);
        return data.BulkOperationRunQuery ?? throw MissingField(ShopifyQueries.BulkRun, "bulkOperationRunQuery");
    }

    /// <summary>The operation, or <c>null</c> when Shopify no longer knows it.</summary>
    public async Task<BulkOperationDto?> BulkOperationAsync(string id, CancellationToken cancellationToken)
    {
        var data = await client.SendAsync(ShopifyQueries.BulkById, w => w.WriteString("id", id), ShopifyQueries.BulkById.Name,
            Json.GraphQLResponseBulkByIdData, cancellationToken);
        return data.Node?.Id is null ? null : data.Node;
    }

    public async Task<BulkOperationDto?> CurrentBulkOperationAsync(CancellationToken cancellationToken) =>
        (await client.SendAsync(ShopifyQueries.CurrentBulk, null, ShopifyQueries.CurrentBulk.Name,
            Json.GraphQLResponseCurrentBulkData, cancellationToken)).CurrentBulkOperation;

    private static void PageVariables(System.Text.Json.Utf8JsonWriter writer, int first, string? after, string? filter)
    {
        writer.WriteNumber("first", first);
        if (after is not null)
        {
            writer.WriteString("after", after);
        }

        if (filter is not null)
        {
            writer.WriteString("query", filter);
        }
    }

    // A page's cost scales with `first`, so two page sizes are two estimates.
    private static string CostKey(ShopifyOperation operation, int first) =>
        string.Create(CultureInfo.InvariantCulture, $"{operation.Name}/{first}");

    private static ShopifyApiException MissingField(ShopifyOperation operation, string field) =>
        new($"{operation.Name} answered without '{field}'; the endpoint may not be a Shopify Admin API");
}

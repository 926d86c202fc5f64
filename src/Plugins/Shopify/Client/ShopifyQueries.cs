using System.Globalization;
using System.Text;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>
/// Every GraphQL document the client can send, per API version. The schema test validates <see cref="All"/>
/// against Shopify's own introspection, so a field Shopify does not have can never ship.
/// </summary>
public static class ShopifyQueries
{
    /// <summary>A cheap query for the connection check.</summary>
    public static ShopifyOperation Shop { get; } = new("Shop", "query Shop { shop { name } }");

    /// <summary>Starts a bulk query; <c>$query</c> is one of the bulk texts below.</summary>
    public static ShopifyOperation BulkRun { get; } = new("BulkRun", """
        mutation BulkRun($query: String!) {
          bulkOperationRunQuery(query: $query) {
            bulkOperation { id status createdAt query }
            userErrors { field message }
          }
        }
        """);

    /// <summary>Polls one bulk operation (<c>bulkOperation(id:)</c> only exists from 2025-04; <c>node</c> works everywhere).</summary>
    public static ShopifyOperation BulkById { get; } = new("BulkById", $$"""
        query BulkById($id: ID!) {
          node(id: $id) { ... on BulkOperation { {{BulkFields}} } }
        }
        """);

    /// <summary>The app's running or last bulk query, to find out what blocks a new one.</summary>
    public static ShopifyOperation CurrentBulk { get; } = new("CurrentBulk", $$"""
        query CurrentBulk { currentBulkOperation(type: QUERY) { {{BulkFields}} } }
        """);

    /// <summary>The bulk operation fields the client reads.</summary>
    private const string BulkFields = "id status errorCode createdAt completedAt objectCount url partialDataUrl query";

    private const string OrderFields = "id name note customerLocale email createdAt updatedAt customer { id }";

    /// <summary>Shopify refuses a query whose requested cost is over this (MAX_COST_EXCEEDED).</summary>
    public const int MaxQueryCost = 1000;

    /// <summary>
    /// Requested cost of one customer node in <see cref="CustomersPage"/>, by Shopify's rules: the node and each nested
    /// object (contact objects, default address, both consents) cost 1, scalars 0.
    /// </summary>
    public static int CustomerNodeCost(ShopifyApiVersion version) => version.HasDefaultContactFields ? 6 : 4;

    /// <summary>Requested cost of one order node in <see cref="OrdersPage"/>: the order and its customer.</summary>
    public const int OrderNodeCost = 2;

    /// <summary>The largest page whose requested cost (2 for the connection, plus the nodes) stays within <see cref="MaxQueryCost"/>.</summary>
    public static int MaxFirst(int nodeCost) => (MaxQueryCost - 2) / nodeCost;

    /// <summary>One page of customers changed since a time, oldest change first.</summary>
    public static ShopifyOperation CustomersPage(ShopifyApiVersion version) => new("CustomersPage", $$"""
        query CustomersPage($first: Int!, $after: String, $query: String) {
          customers(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            nodes { ...CustomerFields }
            pageInfo { hasNextPage endCursor }
          }
        }
        fragment CustomerFields on Customer { {{CustomerFields(version)}} }
        """);

    /// <summary>One page of orders changed since a time, oldest change first.</summary>
    public static ShopifyOperation OrdersPage { get; } = new("OrdersPage", $$"""
        query OrdersPage($first: Int!, $after: String, $query: String) {
          orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
            nodes { ...OrderFields }
            pageInfo { hasNextPage endCursor }
          }
        }
        fragment OrderFields on Order { {{OrderFields}} }
        """);

    /// <summary>The bulk query over customers; <paramref name="filter"/> is a search query such as <c>updated_at:&gt;='…'</c>.</summary>
    public static string BulkCustomers(ShopifyApiVersion version, string? filter) =>
        $"{{ customers{Arguments(filter)} {{ edges {{ node {{ {CustomerFields(version)} }} }} }} }}";

    /// <summary>The bulk query over orders.</summary>
    public static string BulkOrders(string? filter) =>
        $"{{ orders{Arguments(filter)} {{ edges {{ node {{ {OrderFields} }} }} }} }}";

    /// <summary>The search filter for records changed at or after <paramref name="from"/> (whole seconds, rounded down).</summary>
    public static string UpdatedSince(DateTimeOffset from)
    {
        var utc = from.ToUniversalTime();
        var floored = new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return string.Create(CultureInfo.InvariantCulture, $"updated_at:>='{floored:yyyy-MM-ddTHH:mm:ssZ}'");
    }

    /// <summary>Every document the client can send with <paramref name="apiVersion"/>, bulk query texts included.</summary>
    /// <exception cref="FormatException">The version is not a Shopify API version.</exception>
    public static IReadOnlyList<ShopifyOperation> All(string apiVersion)
    {
        var version = ShopifyApiVersion.Parse(apiVersion);
        var sample = UpdatedSince(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return
        [
            Shop, BulkRun, BulkById, CurrentBulk, CustomersPage(version), OrdersPage,
            new("BulkCustomers", BulkCustomers(version, null)),
            new("BulkCustomersSince", BulkCustomers(version, sample)),
            new("BulkOrders", BulkOrders(null)),
            new("BulkOrdersSince", BulkOrders(sample)),
        ];
    }

    /// <summary>
    /// From 2025-04 the contact fields live on <c>defaultEmailAddress</c>/<c>defaultPhoneNumber</c> and <c>email</c>/<c>phone</c>
    /// are deprecated; earlier versions do not have the new fields at all.
    /// </summary>
    private static string CustomerFields(ShopifyApiVersion version)
    {
        var contact = version.HasDefaultContactFields
            ? "defaultEmailAddress { emailAddress marketingState } defaultPhoneNumber { phoneNumber marketingState }"
            : "email phone";
        return $"id firstName lastName locale updatedAt tags {contact} defaultAddress {{ countryCodeV2 }} " +
            "emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt } " +
            "smsMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt consentCollectedFrom }";
    }

    private static string Arguments(string? filter) => filter is null ? "" : $"(query: {StringLiteral(filter)})";

    private static string StringLiteral(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c is '"' or '\\' ? literal.Append('\\').Append(c) : literal.Append(c);
        }

        return literal.Append('"').ToString();
    }
}

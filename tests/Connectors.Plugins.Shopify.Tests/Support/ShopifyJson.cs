using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>Shopify-shaped GraphQL answers, with the cost extension every real answer carries.</summary>
internal static class ShopifyJson
{
    public static HttpResponseMessage Response(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static string Cost(double requested, double available, double maximum = 2000, double restore = 100) =>
        string.Create(CultureInfo.InvariantCulture,
            $"\"extensions\":{{\"cost\":{{\"requestedQueryCost\":{requested},\"actualQueryCost\":{requested},\"throttleStatus\":{{\"maximumAvailable\":{maximum},\"currentlyAvailable\":{available},\"restoreRate\":{restore}}}}}}}");

    public static string Data(string data, double requested = 10, double available = 1990) => $"{{\"data\":{data},{Cost(requested, available)}}}";

    public static string Throttled(double requested, double available, double maximum = 2000, double restore = 100) =>
        "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\",\"documentation\":\"https://shopify.dev/api/usage/rate-limits\"}}]," +
        Cost(requested, available, maximum, restore).Replace($"\"actualQueryCost\":{requested.ToString(CultureInfo.InvariantCulture)}", "\"actualQueryCost\":null", StringComparison.Ordinal) + "}";

    public static string Customer(long id, DateTimeOffset updatedAt, string? email = null, string state = "SUBSCRIBED") =>
        $$"""
        {"id":"gid://shopify/Customer/{{id}}","firstName":"Ann","lastName":"Lee {{id}}","locale":"de-DE","updatedAt":"{{Iso(updatedAt)}}",
         "tags":["vip"," repeat "],"email":{{Str(email ?? $"c{id}@example.com")}},"phone":"+4915112345{{id % 100:D2}}",
         "defaultAddress":{"countryCodeV2":"DE"},
         "emailMarketingConsent":{"marketingState":"{{state}}","marketingOptInLevel":"SINGLE_OPT_IN","consentUpdatedAt":"2024-03-01T10:00:00Z"},
         "smsMarketingConsent":null}
        """;

    public static string Order(long id, DateTimeOffset updatedAt, long? customer, string? note, string? locale = null) =>
        $$"""
        {"id":"gid://shopify/Order/{{id}}","name":"#{{id}}","note":{{Str(note)}},"customerLocale":{{Str(locale)}},"email":"o{{id}}@example.com",
         "createdAt":"2024-01-01T00:00:00Z","updatedAt":"{{Iso(updatedAt)}}",
         "customer":{{(customer is null ? "null" : $"{{\"id\":\"gid://shopify/Customer/{customer}\"}}")}}}
        """;

    public static string CustomersPage(IEnumerable<string> nodes, bool hasNext, string? endCursor, double requested = 252, double available = 1748) =>
        Data($"{{\"customers\":{{\"nodes\":[{string.Join(",", nodes)}],\"pageInfo\":{{\"hasNextPage\":{(hasNext ? "true" : "false")},\"endCursor\":{Str(endCursor)}}}}}}}", requested, available);

    public static string OrdersPage(IEnumerable<string> nodes, bool hasNext, string? endCursor) =>
        Data($"{{\"orders\":{{\"nodes\":[{string.Join(",", nodes)}],\"pageInfo\":{{\"hasNextPage\":{(hasNext ? "true" : "false")},\"endCursor\":{Str(endCursor)}}}}}}}");

    public static string BulkStarted(string id) =>
        Data($"{{\"bulkOperationRunQuery\":{{\"bulkOperation\":{{\"id\":\"{id}\",\"status\":\"CREATED\",\"createdAt\":\"2025-03-01T12:00:00Z\",\"query\":\"\"}},\"userErrors\":[]}}}}");

    public static string BulkRefused(string message) =>
        Data($"{{\"bulkOperationRunQuery\":{{\"bulkOperation\":null,\"userErrors\":[{{\"field\":null,\"message\":{Str(message)}}}]}}}}");

    public static string Bulk(string id, string status, string? url = null, long objectCount = 0, string? partialUrl = null, string? errorCode = null, string root = "node", string? query = null) =>
        Data($"{{\"{root}\":{{\"id\":\"{id}\",\"status\":\"{status}\",\"errorCode\":{Str(errorCode)},\"createdAt\":\"2025-03-01T12:00:00Z\"," +
             $"\"completedAt\":null,\"objectCount\":\"{objectCount}\",\"url\":{Str(url)},\"partialDataUrl\":{Str(partialUrl)},\"query\":{Str(query)}}}}}");

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Str(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
}

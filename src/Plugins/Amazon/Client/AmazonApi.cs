using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Plugins.Amazon.Client.Models;
using Connectors.Plugins.Amazon.Throttling;

namespace Connectors.Plugins.Amazon.Client;

/// <summary>
/// The SP-API operations the source calls, typed: Orders v0 getOrders, Reports 2021-06-30, Customer Feedback 2024-06-01
/// and Solicitations v1.
/// </summary>
internal sealed class AmazonApi(SpApiClient client)
{
    /// <summary>The resource a Restricted Data Token is asked for to see buyers in getOrders.</summary>
    private const string ReviewSolicitation = "productReviewAndSellerFeedback";

    public static readonly RestrictedResource OrdersWithBuyers = new("GET", "/orders/v0/orders", ["buyerInfo", "shippingAddress"]);

    public async Task<OrdersPage> GetOrdersAsync(
        string region, IReadOnlyList<string> marketplaceIds, DateTimeOffset after, DateTimeOffset before, string? nextToken, bool restricted,
        CancellationToken cancellationToken)
    {
        var query = $"MarketplaceIds={string.Join(',', marketplaceIds)}";
        query += nextToken is null
            ? $"&LastUpdatedAfter={Iso(after)}&LastUpdatedBefore={Iso(before)}&MaxResultsPerPage=100"
            : $"&NextToken={Uri.EscapeDataString(nextToken)}";
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.GetOrders, region, HttpMethod.Get, "orders/v0/orders?" + query, Restricted: restricted ? OrdersWithBuyers : null),
            cancellationToken);
        var payload = (answer?.RootElement ?? default).Member("payload");
        var orders = payload.Items("Orders").Select(Order).ToList();
        return new OrdersPage(orders, payload.Text("NextToken") is { Length: > 0 } next ? next : null);
    }

    public async Task<string> CreateReportAsync(
        string region, string reportType, string marketplaceId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["reportType"] = reportType,
            ["marketplaceIds"] = new JsonArray(marketplaceId),
            ["dataStartTime"] = Iso(start),
            ["dataEndTime"] = Iso(end),
        };
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.CreateReport, region, HttpMethod.Post, "reports/2021-06-30/reports", body.ToJsonString()), cancellationToken);
        return (answer?.RootElement ?? default).Required("reportId", "createReport");
    }

    public async Task<ReportStatus> GetReportAsync(string region, string reportId, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.GetReport, region, HttpMethod.Get, "reports/2021-06-30/reports/" + Uri.EscapeDataString(reportId)), cancellationToken);
        var root = answer?.RootElement ?? default;
        return new ReportStatus(
            root.Text("reportId") ?? reportId,
            root.Required("processingStatus", "getReport"),
            root.Text("reportDocumentId"),
            root.Time("processingStartTime"));
    }

    public async Task<DocumentLink> GetReportDocumentAsync(string region, string documentId, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.GetReportDocument, region, HttpMethod.Get, "reports/2021-06-30/documents/" + Uri.EscapeDataString(documentId)),
            cancellationToken);
        var root = answer?.RootElement ?? default;
        var url = root.Required("url", "getReportDocument");
        return new DocumentLink(
            root.Text("reportDocumentId") ?? documentId,
            new Uri(url),
            string.Equals(root.Text("compressionAlgorithm"), "GZIP", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The item's review topics, or null when Amazon has too few reviews to say (204).</summary>
    public async Task<ItemReviewTopics?> GetReviewTopicsAsync(string region, string asin, string marketplaceId, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.GetItemReviewTopics, region, HttpMethod.Get,
                $"customerFeedback/2024-06-01/items/{Uri.EscapeDataString(asin)}/reviews/topics?marketplaceId={marketplaceId}&sortBy=MENTIONS"),
            cancellationToken);
        if (answer is null)
        {
            return null;
        }

        var root = answer.RootElement;
        var topics = root.Member("topics");
        var all = topics.Items("positiveTopics").Select(t => Topic(t, positive: true))
            .Concat(topics.Items("negativeTopics").Select(t => Topic(t, positive: false)))
            .ToList();
        return new ItemReviewTopics(root.Text("asin") ?? asin, root.Text("itemName"), marketplaceId, root.Member("dateRange").Time("endDate"), all);
    }

    /// <summary>Whether Amazon offers the <c>productReviewAndSellerFeedback</c> solicitation for the order now.</summary>
    public async Task<bool> OffersReviewSolicitationAsync(string region, string orderId, string marketplaceId, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.GetSolicitationActionsForOrder, region, HttpMethod.Get,
                $"solicitations/v1/orders/{Uri.EscapeDataString(orderId)}?marketplaceIds={marketplaceId}"),
            cancellationToken);
        var actions = (answer?.RootElement ?? default).Member("_links").Items("actions");
        return actions.Any(a => string.Equals(a.Text("name"), ReviewSolicitation, StringComparison.Ordinal));
    }

    /// <summary>Sends the <c>productReviewAndSellerFeedback</c> solicitation (Amazon sends the buyer its own email).</summary>
    public async Task SendReviewSolicitationAsync(string region, string orderId, string marketplaceId, CancellationToken cancellationToken)
    {
        using var answer = await client.SendAsync(
            new SpRequest(UsagePlans.CreateProductReviewAndSellerFeedbackSolicitation, region, HttpMethod.Post,
                $"solicitations/v1/orders/{Uri.EscapeDataString(orderId)}/solicitations/{ReviewSolicitation}?marketplaceIds={marketplaceId}"),
            cancellationToken);
    }

    private static ReviewTopic Topic(JsonElement t, bool positive)
    {
        var metrics = t.Member("asinMetrics");
        return new ReviewTopic(
            t.Text("topic") ?? "",
            positive,
            (int)(metrics.Number("numberOfMentions") ?? 0),
            metrics.Number("occurrencePercentage"),
            metrics.Number("starRatingImpact"),
            [.. t.Items("reviewSnippets").Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)],
            [.. t.Items("subtopics").Select(s => s.Text("subtopic")).OfType<string>()]);
    }

    private static OrderDto Order(JsonElement o)
    {
        var buyer = o.Member("BuyerInfo");
        var address = o.Member("ShippingAddress");
        return new OrderDto(
            o.Required("AmazonOrderId", "getOrders"),
            o.Text("MarketplaceId") ?? "",
            o.Time("PurchaseDate") ?? throw new AmazonApiException("getOrders answered an order without PurchaseDate"),
            o.Time("LastUpdateDate") ?? o.Time("PurchaseDate")!.Value,
            o.Text("OrderStatus"),
            buyer.Text("BuyerEmail"),
            buyer.Text("BuyerName"),
            address.Text("Name"),
            address.Text("Phone"),
            address.Text("City"),
            address.Text("CountryCode"),
            o.Time("EarliestDeliveryDate"),
            o.Time("LatestDeliveryDate"));
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

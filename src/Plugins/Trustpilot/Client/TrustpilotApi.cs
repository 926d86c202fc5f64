using System.Globalization;
using System.Text.Json;
using Connectors.Plugins.Trustpilot.Client.Models;

namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>The Trustpilot operations the source uses, with their answers read into models.</summary>
internal sealed class TrustpilotApi(TrustpilotClient client)
{
    /// <summary>The id of the business unit of a domain (public API), or an error naming the domain.</summary>
    public async Task<string> FindBusinessUnitAsync(string domain, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = await client.GetAsync("v1/business-units/find?name=" + Uri.EscapeDataString(domain.Trim()), publicApi: true, cancellationToken);
            return doc.RootElement.Text("id") ?? throw new TrustpilotApiException($"Trustpilot found '{domain}' but gave no business unit id");
        }
        catch (TrustpilotApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            throw new TrustpilotApiException($"Trustpilot has no business unit for the domain '{domain}'; check domain (as on your Trustpilot page) or give businessUnitId", ex.StatusCode, ex);
        }
    }

    /// <summary>Sets (or replaces) the business's reply to a service review: a review has one reply, so a repeat replaces it.</summary>
    public async Task ReplyToServiceReviewAsync(string reviewId, string authorBusinessUserId, string message, DateTimeOffset submittedAt, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["authorBusinessUserId"] = authorBusinessUserId,
            ["message"] = message,
            ["submittedAt"] = submittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        });
        using var _ = await client.SendAsync(HttpMethod.Post, $"v1/private/reviews/{Uri.EscapeDataString(reviewId)}/reply", body, cancellationToken);
    }

    /// <summary>The conversation of a product review, opened if it has none yet (Trustpilot keeps one per review).</summary>
    public async Task<string> OpenConversationAsync(string reviewId, CancellationToken cancellationToken)
    {
        using var doc = await client.SendAsync(HttpMethod.Post, $"v1/private/product-reviews/{Uri.EscapeDataString(reviewId)}/create-conversation", "{}", cancellationToken);
        return (doc?.RootElement ?? default).Text("conversationId") ?? throw new TrustpilotApiException("create-conversation answered no conversationId");
    }

    /// <summary>The comments of a conversation: their ids and texts.</summary>
    public async Task<IReadOnlyList<(string Id, string Content)>> CommentsAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var doc = await client.GetAsync($"v1/private/conversations/{Uri.EscapeDataString(conversationId)}", publicApi: false, cancellationToken);
        return [.. doc.RootElement.Items("comments").Select(c => (c.Text("commentId") ?? c.Text("id") ?? "", c.Text("content") ?? ""))];
    }

    /// <summary>Posts a comment in a conversation; returns its id.</summary>
    public async Task<string> CommentAsync(string conversationId, string content, string? integrationId, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string> { ["content"] = content };
        if (integrationId is not null)
        {
            fields["integrationId"] = integrationId;
        }

        using var doc = await client.SendAsync(HttpMethod.Post, $"v1/private/conversations/{Uri.EscapeDataString(conversationId)}/comments", JsonSerializer.Serialize(fields), cancellationToken);
        return (doc?.RootElement ?? default) is var c && (c.Text("commentId") ?? c.Text("id")) is { } id ? id : conversationId;
    }

    /// <summary>One page of service reviews created at or after <paramref name="start"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Parsed<ServiceReviewDto>>> ServiceReviewsAsync(string businessUnitId, DateTimeOffset start, int page, int perPage, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"v1/private/business-units/{Uri.EscapeDataString(businessUnitId)}/reviews?orderBy=createdat.asc&startDateTime={start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}&page={page}&perPage={perPage}");
        using var doc = await client.GetAsync(query, publicApi: false, cancellationToken);
        return Items(doc, "reviews", page, ReadService);
    }

    /// <summary>One page of product reviews, newest first (the endpoint has no ordering or date parameter).</summary>
    public async Task<IReadOnlyList<Parsed<ProductReviewDto>>> ProductReviewsAsync(string businessUnitId, int page, int perPage, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"v1/private/product-reviews/business-units/{Uri.EscapeDataString(businessUnitId)}/reviews?page={page}&perPage={perPage}");
        using var doc = await client.GetAsync(query, publicApi: false, cancellationToken);

        // The list's key is not confirmed (sources.md): productReviews, or reviews as on the service endpoint.
        return Items(doc, doc.RootElement.TryGetProperty("productReviews", out _) ? "productReviews" : "reviews", page, ReadProduct);
    }

    private static List<Parsed<T>> Items<T>(JsonDocument doc, string key, int page, Func<JsonElement, T?> read)
        where T : class
    {
        if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(key, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new TrustpilotApiException($"Trustpilot answered page {page} without a '{key}' array");
        }

        var items = new List<Parsed<T>>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var location = item.Text("id") is { } id ? "review " + id : string.Create(CultureInfo.InvariantCulture, $"page {page}, item {i}");
            var value = read(item);
            items.Add(new Parsed<T>(value, location, value is null ? "has no id, no stars between 1 and 5 or no createdAt" : null));
            i++;
        }

        return items;
    }

    private static ServiceReviewDto? ReadService(JsonElement r)
    {
        if (r.Text("id") is not { } id || r.Int("stars") is not (>= 1 and <= 5) || r.Time("createdAt") is not { } created)
        {
            return null;
        }

        var consumer = r.Object("consumer");
        var reply = r.Object("companyReply") is { } c && c.Text("text") is { Length: > 0 } text
            ? new ReplyDto(text, c.Text("authorBusinessUserId"), c.Time("createdAt") ?? created, c.Time("updatedAt"))
            : null;
        return new ServiceReviewDto(id, consumer?.Text("id"), consumer?.Text("displayName"), consumer?.Text("displayLocation"),
            r.Int("stars")!.Value, r.Text("title"), r.Text("text"), r.Text("language"), r.Text("location"), created, r.Time("updatedAt"),
            r.Text("referralEmail"), r.Text("referenceId"), reply);
    }

    private static ProductReviewDto? ReadProduct(JsonElement r)
    {
        if (r.Text("id") is not { } id || r.Int("stars") is not (>= 1 and <= 5) || r.Time("createdAt") is not { } created)
        {
            return null;
        }

        var consumer = r.Object("consumer");
        var product = r.Object("product");
        return new ProductReviewDto(id, consumer?.Text("id"), consumer?.Text("name"), consumer?.Text("email"), r.Int("stars")!.Value,
            r.Text("content"), r.Text("language"), product?.Text("sku"), product?.Text("productUrl"), r.Text("referenceId"), r.Text("state"),
            created, r.Text("conversationId"));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Trustpilot.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>
/// The private product-review endpoints: the business unit's product reviews (<c>sku</c>, <c>productUrl</c>,
/// <c>state</c>, <c>language</c>, pages; newest first), opening a conversation on one, commenting and reading it.
/// </summary>
internal static class ProductReviewsEndpoints
{
    private static readonly HashSet<string> States = new(StringComparer.OrdinalIgnoreCase) { "published", "unpublished", "archived", "pending" };

    public static void Map(IEndpointRouteBuilder endpoints, TrustpilotEmulator trustpilot)
    {
        var bearer = new TrustpilotPolicy(trustpilot, TrustpilotAuth.Bearer);
        endpoints.MapGet("/v1/private/product-reviews/business-units/{businessUnitId}/reviews", VendorPipeline.Handler(trustpilot.Vendor, bearer, x => List(x, trustpilot)));
        endpoints.MapPost("/v1/private/product-reviews/{reviewId}/create-conversation", VendorPipeline.Handler(trustpilot.Vendor, bearer, x =>
            trustpilot.ProductReviews.OpenConversation(x.Route("reviewId")) is { } conversation
                ? TrustpilotAnswers.Ok(new JsonObject { ["conversationId"] = conversation.Id })
                : TrustpilotAnswers.NotFound("Product review not found")));
        endpoints.MapPost("/v1/private/conversations/{conversationId}/comments", VendorPipeline.Handler(trustpilot.Vendor, bearer, x => Comment(x, trustpilot)));
        endpoints.MapGet("/v1/private/conversations/{conversationId}", VendorPipeline.Handler(trustpilot.Vendor, bearer, x =>
            trustpilot.ProductReviews.FindConversation(x.Route("conversationId")) is { } conversation
                ? TrustpilotAnswers.Ok(Conversation(conversation, trustpilot))
                : TrustpilotAnswers.NotFound("Conversation not found")));
    }

    private static VendorAnswer List(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        if (x.Route("businessUnitId") != trustpilot.Options.BusinessUnitId)
        {
            return TrustpilotAnswers.NotFound("Business unit not found");
        }

        var p = new ListParameters(x);
        var states = p.List("state");
        foreach (var state in states.Where(s => !States.Contains(s)))
        {
            p.Problems.Add($"state must be published, unpublished, archived or pending, was '{state}'");
        }

        var query = new ProductReviewQuery
        {
            Page = p.Int("page", 1, 1, int.MaxValue),
            PerPage = p.Int("perPage", 20, 1, 100),
            Skus = new HashSet<string>(p.List("sku"), StringComparer.Ordinal),
            ProductUrl = p.Text("productUrl"),
            States = new HashSet<string>(states, StringComparer.OrdinalIgnoreCase),
            Languages = new HashSet<string>(p.List("language"), StringComparer.OrdinalIgnoreCase),
        };
        if (p.Problems.Count > 0)
        {
            return TrustpilotAnswers.BadRequest(p.Problems);
        }

        var reviews = trustpilot.ProductReviews.Query(query);
        return TrustpilotAnswers.Ok(new JsonObject
        {
            [trustpilot.Knobs.ProductReviewsKey] = new JsonArray([.. reviews.Select(r => (JsonNode)ReviewJson.Product(r, trustpilot.Options))]),
            ["links"] = new JsonArray(ReviewJson.Link(x.Http.Request.Path + x.Http.Request.QueryString.ToString(), "GET", "self")),
        });
    }

    private static VendorAnswer Comment(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        string? content;
        string? integration;
        try
        {
            using var body = JsonDocument.Parse(x.BodyText);
            content = body.RootElement.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            integration = body.RootElement.TryGetProperty("integrationId", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        }
        catch (JsonException)
        {
            return TrustpilotAnswers.BadRequest("the body must be JSON: {\"content\",\"integrationId\"}");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return TrustpilotAnswers.BadRequest("content is required");
        }

        if (trustpilot.ProductReviews.Comment(x.Route("conversationId"), content, integration) is not { } comment)
        {
            return TrustpilotAnswers.NotFound("Conversation not found");
        }

        trustpilot.Vendor.Counters.Increment("comments");
        return TrustpilotAnswers.Ok(ReviewJson.Comment(comment, TrustpilotDefaults.BusinessUserId), StatusCodes.Status201Created);
    }

    private static JsonObject Conversation(Conversation conversation, TrustpilotEmulator trustpilot)
    {
        var review = trustpilot.ProductReviews.Find(conversation.ReviewId);
        return new JsonObject
        {
            ["id"] = conversation.Id,
            ["businessUnitId"] = trustpilot.Options.BusinessUnitId,
            ["consumerId"] = review?.ConsumerId,
            ["source"] = "Product reviews",
            ["sourceId"] = conversation.ReviewId,
            ["state"] = "public",
            ["comments"] = new JsonArray([.. conversation.Comments.Select(c => (JsonNode)ReviewJson.Comment(c, TrustpilotDefaults.BusinessUserId))]),
        };
    }
}

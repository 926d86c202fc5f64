using System.Text.Json.Nodes;
using Connectors.Sandbox.Trustpilot.Data;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>Reviews, replies and conversations in Trustpilot's JSON.</summary>
internal static class ReviewJson
{
    public static JsonObject Link(string href, string method, string rel) => new() { ["href"] = href, ["method"] = method, ["rel"] = rel };

    public static JsonObject Service(ServiceReview review, TrustpilotOptions options) => new()
    {
        ["links"] = new JsonArray(
            Link($"/v1/reviews/{review.Id}", "GET", "reviews"),
            Link($"/v1/private/reviews/{review.Id}/reply", "POST", "reviews-reply")),
        ["id"] = review.Id,
        ["consumer"] = new JsonObject
        {
            ["id"] = review.ConsumerId,
            ["displayName"] = review.ConsumerName,
            ["displayLocation"] = review.ConsumerLocation,
            ["numberOfReviews"] = review.ConsumerReviews,
        },
        ["businessUnit"] = new JsonObject
        {
            ["id"] = options.BusinessUnitId,
            ["identifyingName"] = options.Domain,
            ["displayName"] = options.DisplayName,
        },
        ["stars"] = review.Stars,
        ["title"] = review.Title,
        ["text"] = review.Text,
        ["language"] = review.Language,
        ["location"] = review.Location,
        ["createdAt"] = TrustpilotAnswers.Time(review.CreatedAt),
        ["updatedAt"] = TrustpilotAnswers.Time(review.UpdatedAt),
        ["experiencedAt"] = TrustpilotAnswers.Time(review.ExperiencedAt),
        ["referralEmail"] = review.ReferralEmail,
        ["referenceId"] = review.ReferenceId,
        ["source"] = review.Source,
        ["companyReply"] = review.CompanyReply is { } reply
            ? new JsonObject
            {
                ["text"] = reply.Text,
                ["authorBusinessUserId"] = reply.AuthorBusinessUserId,
                ["authorBusinessUserName"] = options.DisplayName,
                ["createdAt"] = TrustpilotAnswers.Time(reply.CreatedAt),
                ["updatedAt"] = TrustpilotAnswers.Time(reply.UpdatedAt),
            }
            : null,
        ["tags"] = new JsonArray([.. review.Tags.Select(t => (JsonNode)new JsonObject { ["group"] = t.Group, ["value"] = t.Value })]),
        ["isVerified"] = review.IsVerified,
        ["numberOfLikes"] = review.NumberOfLikes,
        ["status"] = "active",
        ["countsTowardsTrustScore"] = true,
        ["reviewVerificationLevel"] = review.IsVerified ? "verified" : "not-verified",
    };

    public static JsonObject Product(ProductReview review, TrustpilotOptions options) => new()
    {
        ["id"] = review.Id,
        ["createdAt"] = TrustpilotAnswers.Time(review.CreatedAt),
        ["stars"] = review.Stars,
        ["content"] = review.Content,
        ["product"] = new JsonObject
        {
            ["id"] = review.Product.Id,
            ["productUrl"] = review.Product.ProductUrl,
            ["name"] = review.Product.Name,
            ["sku"] = review.Product.Sku,
        },
        ["consumer"] = new JsonObject { ["id"] = review.ConsumerId, ["email"] = review.ConsumerEmail, ["name"] = review.ConsumerName },
        ["referenceId"] = review.ReferenceId,
        ["locale"] = review.Locale,
        ["language"] = review.Language,
        ["state"] = review.State,
        ["businessUnitId"] = options.BusinessUnitId,
        ["conversationId"] = review.ConversationId,
    };

    public static JsonObject Comment(ConversationComment comment, string businessUserId) => new()
    {
        ["commentId"] = comment.Id,
        ["createdAt"] = TrustpilotAnswers.Time(comment.CreatedAt),
        ["author"] = new JsonObject { ["id"] = businessUserId, ["type"] = "businessUser" },
        ["content"] = comment.Content,
    };
}

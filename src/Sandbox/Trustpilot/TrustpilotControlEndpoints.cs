using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Trustpilot.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Trustpilot;

/// <summary>
/// <c>/_sandbox/trustpilot/...</c>: the knobs; service reviews to add, change, delete and answer "elsewhere" (as in
/// Trustpilot's UI); product reviews to add; conversations; quotas; expiring every access token now.
/// </summary>
internal static class TrustpilotControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, TrustpilotEmulator trustpilot)
    {
        VendorControlEndpoints.Map(endpoints, trustpilot.Vendor);
        var group = endpoints.MapGroup("/_sandbox/" + TrustpilotEmulator.VendorName);
        var options = trustpilot.Options;

        group.MapGet("/settings", () => ControlResults.Json(trustpilot.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? options.Knobs : trustpilot.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            trustpilot.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapPost("/reviews", (ServiceReviewChange change) => trustpilot.TryAddReview(change) switch
        {
            ({ } review, _) => ControlResults.Json(Json(ReviewJson.Service(review, options)), StatusCodes.Status201Created),
            (_, var problem) => ControlResults.Problem(StatusCodes.Status400BadRequest, problem!),
        });
        group.MapGet("/reviews/{id}", (string id) => trustpilot.Reviews.Find(id) is { } review
            ? ControlResults.Json(Json(ReviewJson.Service(review, options)))
            : NotFound(id));
        group.MapMethods("/reviews/{id}", ["PATCH", "PUT"], (string id, ServiceReviewChange change) => trustpilot.TryChangeReview(id, change) switch
        {
            (_, { } problem) => ControlResults.Problem(StatusCodes.Status400BadRequest, problem),
            ({ } review, _) => ControlResults.Json(Json(ReviewJson.Service(review, options))),
            _ => NotFound(id),
        });
        group.MapDelete("/reviews/{id}", (string id) => trustpilot.Reviews.Delete(id) ? Results.NoContent() : NotFound(id));
        group.MapPost("/reviews/{id}/reply", (string id, ReplyChange reply) =>
            string.IsNullOrWhiteSpace(reply.Message)
                ? ControlResults.Problem(StatusCodes.Status400BadRequest, "message is needed")
                : trustpilot.ReplyElsewhere(id, reply.Message, reply.AuthorBusinessUserId) is { } review
                    ? ControlResults.Json(Json(ReviewJson.Service(review, options)))
                    : NotFound(id));
        group.MapDelete("/reviews/{id}/reply", (string id) => trustpilot.Reviews.DeleteReply(id) is { } review
            ? ControlResults.Json(Json(ReviewJson.Service(review, options)))
            : NotFound(id));

        group.MapPost("/product-reviews", (ProductReviewChange change) => trustpilot.TryAddProductReview(change) switch
        {
            ({ } review, _) => ControlResults.Json(Json(ReviewJson.Product(review, options)), StatusCodes.Status201Created),
            (_, var problem) => ControlResults.Problem(StatusCodes.Status400BadRequest, problem!),
        });
        group.MapGet("/conversations", () => ControlResults.Json(trustpilot.ProductReviews.Conversations));

        group.MapGet("/limits", () => ControlResults.Json(new
        {
            calls = trustpilot.Quotas.Usage().ToDictionary(u => u.Key, u => new { taken = u.Value.Taken, refused = u.Value.Refused }),
            refreshesRefused = trustpilot.Refreshes.Refused,
        }));
        group.MapDelete("/limits", () =>
        {
            trustpilot.Quotas.Reset();
            trustpilot.Refreshes.Reset();
            return Results.NoContent();
        });
        group.MapPost("/tokens/expire", () =>
        {
            trustpilot.Tokens.ExpireAccessTokens();
            return Results.NoContent();
        });
    }

    private static IResult NotFound(string id) => ControlResults.Problem(StatusCodes.Status404NotFound, $"review {id} does not exist");

    // The vendor JSON as the control API's body (a JsonNode would be re-serialised with the control options).
    private static JsonElement Json(System.Text.Json.Nodes.JsonNode node) => JsonSerializer.SerializeToElement(node);
}

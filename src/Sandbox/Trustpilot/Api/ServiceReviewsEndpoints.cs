using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Trustpilot.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>
/// The private service-review endpoints: the business unit's reviews (filters, orderings, pages; past the end an empty
/// <c>reviews</c> array), and posting or deleting the business's reply (404 for an unknown or deleted review).
/// </summary>
internal static class ServiceReviewsEndpoints
{
    private static readonly Dictionary<string, ReviewOrder> Orders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createdat.desc"] = ReviewOrder.CreatedDesc,
        ["createdat.asc"] = ReviewOrder.CreatedAsc,
        ["stars.asc"] = ReviewOrder.StarsAsc,
        ["stars.desc"] = ReviewOrder.StarsDesc,
    };

    public static void Map(IEndpointRouteBuilder endpoints, TrustpilotEmulator trustpilot)
    {
        var bearer = new TrustpilotPolicy(trustpilot, TrustpilotAuth.Bearer);
        endpoints.MapGet("/v1/private/business-units/{businessUnitId}/reviews", VendorPipeline.Handler(trustpilot.Vendor, bearer, x => List(x, trustpilot)));
        endpoints.MapPost("/v1/private/reviews/{reviewId}/reply", VendorPipeline.Handler(trustpilot.Vendor, bearer, x => Reply(x, trustpilot)));
        endpoints.MapDelete("/v1/private/reviews/{reviewId}/reply", VendorPipeline.Handler(trustpilot.Vendor, bearer, x =>
            trustpilot.Reviews.DeleteReply(x.Route("reviewId")) is null
                ? TrustpilotAnswers.NotFound("Review not found")
                : TrustpilotAnswers.Empty(StatusCodes.Status204NoContent)));
    }

    /// <summary>The query a request asks for, or the 400 listing every problem.</summary>
    public static (ReviewQuery? Query, VendorAnswer? Refusal) Parse(VendorExchange x)
    {
        var p = new ListParameters(x);
        var stars = new HashSet<int>();
        foreach (var text in p.List("stars"))
        {
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 5)
            {
                stars.Add(s);
            }
            else
            {
                p.Problems.Add($"stars must be between 1 and 5, was '{text}'");
            }
        }

        var order = ReviewOrder.CreatedDesc;
        foreach (var text in p.List("orderBy"))
        {
            if (!Orders.TryGetValue(text, out order))
            {
                p.Problems.Add($"orderBy must be one of createdat.asc, createdat.desc, stars.asc, stars.desc, was '{text}'");
            }
        }

        var query = new ReviewQuery
        {
            Page = p.Int("page", 1, 1, int.MaxValue),
            PerPage = p.Int("perPage", 20, 1, 100),
            OrderBy = order,
            Stars = stars,
            Languages = new HashSet<string>(p.List("language"), StringComparer.OrdinalIgnoreCase),
            StartDateTime = p.Date("startDateTime"),
            EndDateTime = p.Date("endDateTime"),
            ReferenceId = p.Text("referenceId"),
            ReferralEmail = p.Text("referralEmail"),
            Responded = p.Bool("responded"),
        };
        return p.Problems.Count > 0 ? (null, TrustpilotAnswers.BadRequest(p.Problems)) : (query, null);
    }

    private static VendorAnswer List(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        if (x.Route("businessUnitId") != trustpilot.Options.BusinessUnitId)
        {
            return TrustpilotAnswers.NotFound("Business unit not found");
        }

        var (query, refusal) = Parse(x);
        if (refusal is not null)
        {
            return refusal;
        }

        var reviews = trustpilot.Reviews.Query(query!);
        return TrustpilotAnswers.Ok(new JsonObject
        {
            ["links"] = new JsonArray(ReviewJson.Link(x.Http.Request.Path + x.Http.Request.QueryString.ToString(), "GET", "self")),
            ["reviews"] = new JsonArray([.. reviews.Select(r => (JsonNode)ReviewJson.Service(r, trustpilot.Options))]),
        });
    }

    private static VendorAnswer Reply(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        string? message = null;
        string? author = null;
        try
        {
            using var body = JsonDocument.Parse(x.BodyText);
            message = body.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            author = body.RootElement.TryGetProperty("authorBusinessUserId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        }
        catch (JsonException)
        {
            return TrustpilotAnswers.BadRequest("the body must be JSON: {\"authorBusinessUserId\",\"message\"}");
        }

        if (string.IsNullOrWhiteSpace(message) || string.IsNullOrWhiteSpace(author))
        {
            return TrustpilotAnswers.BadRequest("authorBusinessUserId and message are required");
        }

        if (trustpilot.Reviews.Reply(x.Route("reviewId"), message, author) is null)
        {
            return TrustpilotAnswers.NotFound("Review not found");
        }

        trustpilot.Vendor.Counters.Increment("replies");
        return TrustpilotAnswers.Empty(trustpilot.Knobs.ReplyStatusCode);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// Customer Feedback API 2024-06-01: getItemReviewTopics (the ten most positive and negative topics of an ASIN, over
/// the last full weeks) and getItemBrowseNode. Only the marketplaces the API covers; 204 for an ASIN without insights.
/// </summary>
internal static class CustomerFeedbackEndpoints
{
    private const string Prefix = "/customerFeedback/2024-06-01/items/{asin}";

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/reviews/topics", "getItemReviewTopics", x =>
        {
            var sortBy = x.Query("sortBy");
            if (sortBy is not ("MENTIONS" or "STAR_RATING_IMPACT"))
            {
                return AmazonAnswers.InvalidInput("sortBy must be MENTIONS or STAR_RATING_IMPACT.");
            }

            return WithItem(x, amazon, (product, marketplace) =>
            {
                var byImpact = sortBy == "STAR_RATING_IMPACT";
                var end = LastSunday(x.Now);
                return AmazonAnswers.Ok(new JsonObject
                {
                    ["asin"] = product.Asin,
                    ["itemName"] = product.Title,
                    ["marketplaceId"] = marketplace.Id,
                    ["countryCode"] = marketplace.CountryCode,
                    ["dateRange"] = new JsonObject { ["startDate"] = AmazonAnswers.Time(end.AddDays(-182)), ["endDate"] = AmazonAnswers.Time(end) },
                    ["topics"] = new JsonObject
                    {
                        ["positiveTopics"] = Topics(amazon.ReviewTopics.Topics(product, marketplace.Id, positive: true, byImpact)),
                        ["negativeTopics"] = Topics(amazon.ReviewTopics.Topics(product, marketplace.Id, positive: false, byImpact)),
                    },
                });
            });
        });
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/browseNode", "getItemBrowseNode", x => WithItem(x, amazon, (product, _) =>
            AmazonAnswers.Ok(new JsonObject
            {
                ["browseNodeId"] = (3_760_901 + product.Index / 4 * 17).ToString(CultureInfo.InvariantCulture),
                ["displayName"] = product.Title.Split(' ')[^1],
            })));
    }

    private static VendorAnswer WithItem(VendorExchange x, AmazonEmulator amazon, Func<Product, Marketplace, VendorAnswer> answer)
    {
        var id = x.Query("marketplaceId");
        if (id is null || Marketplaces.Find(id) is not { } marketplace)
        {
            return AmazonAnswers.InvalidInput("marketplaceId is required and must be a marketplace id.");
        }

        if (!Marketplaces.WithCustomerFeedback.Contains(marketplace.Id))
        {
            return AmazonAnswers.InvalidInput($"The Customer Feedback API is not available in marketplace {marketplace.Id} ({marketplace.Domain}).");
        }

        if (amazon.Catalog.Find(x.Route("asin")) is not { } product)
        {
            return AmazonAnswers.NotFound($"ASIN {x.Route("asin")} was not found in marketplace {marketplace.Id}.");
        }

        return amazon.ReviewTopics.HasInsights(product, marketplace.Id)
            ? answer(product, marketplace)
            : new VendorAnswer(StatusCodes.Status204NoContent, ReadOnlyMemory<byte>.Empty);
    }

    private static JsonArray Topics(IReadOnlyList<ReviewTopic> topics) => new([.. topics.Select(t => (JsonNode)new JsonObject
    {
        ["topic"] = t.Topic,
        ["asinMetrics"] = new JsonObject
        {
            ["numberOfMentions"] = t.Mentions,
            ["occurrencePercentage"] = t.OccurrencePercentage,
            ["starRatingImpact"] = t.StarRatingImpact,
        },
        ["reviewSnippets"] = new JsonArray([.. t.Snippets.Select(s => (JsonNode)s)]),
        ["subtopics"] = new JsonArray([.. t.Subtopics.Take(5).Select(s => (JsonNode)new JsonObject
        {
            ["subtopic"] = s.Subtopic,
            ["metrics"] = new JsonObject
            {
                ["numberOfMentions"] = s.Mentions,
                ["occurrencePercentage"] = Math.Round(100.0 * s.Mentions / s.Reviews, 1),
            },
        })]),
    })]);

    // Insights are weekly: they end on the last Sunday before now.
    private static DateTimeOffset LastSunday(DateTimeOffset now)
    {
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        return day.AddDays(-(int)day.DayOfWeek - (day.DayOfWeek == DayOfWeek.Sunday ? 7 : 0));
    }
}

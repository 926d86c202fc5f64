using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.HubSpot.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>
/// <c>POST /crm/v3/objects/{type}/search</c>: filter groups (OR) of filters (AND), sorts, paging by <c>after</c>,
/// at most 200 per page and 10,000 results per query; its own per-second limit and no rate headers, as on HubSpot.
/// </summary>
internal static class SearchEndpoint
{
    private const int MaxLimit = 200;
    private const int MaxResults = 10_000;

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotEmulator hubspot) =>
        endpoints.MapPost("/" + HubSpotDefaults.ApiPrefix + "/objects/{objectType}/search", (HttpContext http, string objectType) =>
            HubSpotPipeline.HandleAsync(http, hubspot, true, body =>
            {
                if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
                {
                    return bad!;
                }

                var request = RequestReader.Search(body, out var error);
                if (error is not null)
                {
                    return HubSpotPipeline.Error(hubspot, error);
                }

                if (request!.Limit is < 1 or > MaxLimit)
                {
                    return HubSpotPipeline.Error(hubspot, ApiError.Validation($"limit must be between 1 and {MaxLimit}, was {request.Limit}"));
                }

                if (request.After + request.Limit > MaxResults)
                {
                    return HubSpotPipeline.Error(hubspot, ApiError.Validation($"Search results are limited to {MaxResults} per query; narrow the filters instead of paging further"));
                }

                var matches = hubspot.Store.Search(type, request.FilterGroups, request.Sorts);
                var shown = request.Properties ?? BuiltInProperties.Defaults(type);
                var page = matches.Skip(request.After).Take(request.Limit).ToList();
                var json = new JsonObject
                {
                    ["total"] = matches.Count,
                    ["results"] = new JsonArray([.. page.Select(r => (JsonNode)HubSpotJson.Object(r, shown))]),
                };
                var next = request.After + page.Count;
                if (next < matches.Count)
                {
                    json["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = next.ToString(CultureInfo.InvariantCulture) } };
                }

                return new ApiAnswer(StatusCodes.Status200OK, json);
            }));
}

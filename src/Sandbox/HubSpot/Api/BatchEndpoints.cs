using System.Text.Json.Nodes;
using Connectors.Sandbox.HubSpot.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>
/// <c>POST /crm/v3/objects/{type}/batch/upsert|create|read</c>. Upsert and read answer 200, or 207 Multi-Status with
/// <c>numErrors</c> and <c>errors[]</c> when some inputs failed; create is all or nothing (201, or one error).
/// </summary>
internal static class BatchEndpoints
{
    private const string Prefix = "/" + HubSpotDefaults.ApiPrefix + "/objects/{objectType}/batch";

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotEmulator hubspot)
    {
        endpoints.MapPost(Prefix + "/upsert", (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var started = hubspot.Clock.GetUtcNow();
            var inputs = RequestReader.Inputs(body, out var error);
            var outcome = error is null ? hubspot.Store.BatchUpsert(type, inputs) : UpsertOutcome.Refused(error);
            if (outcome.Error is not null)
            {
                return HubSpotPipeline.Error(hubspot, outcome.Error);
            }

            var results = outcome.Results.Select(r =>
            {
                var json = HubSpotJson.Object(r.Record);
                json["new"] = r.New;
                if (r.ObjectWriteTraceId is not null)
                {
                    json["objectWriteTraceId"] = r.ObjectWriteTraceId;
                }

                return (JsonNode)json;
            });
            var status = outcome.Errors.Count > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK;
            return new ApiAnswer(status, HubSpotJson.Batch(results, outcome.Errors, started, hubspot.Clock.GetUtcNow(), hubspot.NextCorrelationId()), Write: true);
        }));

        endpoints.MapPost(Prefix + "/create", (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var started = hubspot.Clock.GetUtcNow();
            var inputs = RequestReader.Inputs(body, out var error);
            var (records, refused) = error is null ? hubspot.Store.BatchCreate(type, inputs) : (null, error);
            return refused is not null
                ? HubSpotPipeline.Error(hubspot, refused)
                : new ApiAnswer(StatusCodes.Status201Created,
                    HubSpotJson.Batch(records!.Select(r => (JsonNode)HubSpotJson.Object(r)), [], started, hubspot.Clock.GetUtcNow(), ""), Write: true);
        }));

        endpoints.MapPost(Prefix + "/read", (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var started = hubspot.Clock.GetUtcNow();
            var ids = RequestReader.Ids(body, out var idProperty, out var properties, out var error);
            if (error is not null)
            {
                return HubSpotPipeline.Error(hubspot, error);
            }

            var (found, missing) = hubspot.Store.BatchRead(type, ids, idProperty);
            var shown = properties ?? BuiltInProperties.Defaults(type);
            ApiError[] errors = missing.Count == 0 ? [] :
            [
                new ApiError(404, "OBJECT_NOT_FOUND",
                    $"Could not get some {HubSpotObjectTypes.Upper(type)} objects, they may be deleted or not exist. Check that ids are valid.",
                    Context: new Dictionary<string, IReadOnlyList<string>> { ["ids"] = missing }),
            ];
            return new ApiAnswer(errors.Length > 0 ? StatusCodes.Status207MultiStatus : StatusCodes.Status200OK,
                HubSpotJson.Batch(found.Select(r => (JsonNode)HubSpotJson.Object(r, shown)), errors, started, hubspot.Clock.GetUtcNow(), hubspot.NextCorrelationId()));
        }));
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.HubSpot.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>Single objects: <c>POST /crm/v3/objects/{type}</c>, <c>GET|PATCH /crm/v3/objects/{type}/{id}</c>, and the list <c>GET /crm/v3/objects/{type}</c>.</summary>
internal static class ObjectEndpoints
{
    private const string Prefix = "/" + HubSpotDefaults.ApiPrefix + "/objects/{objectType}";

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotEmulator hubspot)
    {
        endpoints.MapPost(Prefix, (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var input = RequestReader.Input(body, out var error);
            var (record, refused) = error is null ? hubspot.Store.Create(type, input) : (null, error);
            return refused is not null
                ? HubSpotPipeline.Error(hubspot, refused)
                : new ApiAnswer(StatusCodes.Status201Created, HubSpotJson.Object(record!), Write: true);
        }));

        endpoints.MapGet(Prefix + "/{id}", (HttpContext http, string objectType, string id) => HubSpotPipeline.HandleAsync(http, hubspot, false, _ =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var query = http.Request.Query;
            var record = hubspot.Store.Read(type, id, query["idProperty"].FirstOrDefault());
            var properties = ObjectTypeResolver.PropertiesQuery(query["properties"].ToString()) ?? BuiltInProperties.Defaults(type);
            return record is null
                ? HubSpotPipeline.Error(hubspot, ApiError.NotFound())
                : new ApiAnswer(StatusCodes.Status200OK, HubSpotJson.Object(record, properties, associations: query.ContainsKey("associations")));
        }));

        endpoints.MapPatch(Prefix + "/{id}", (HttpContext http, string objectType, string id) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var input = RequestReader.Input(body, out var error);
            var (record, refused) = error is null ? hubspot.Store.Update(type, id, http.Request.Query["idProperty"].FirstOrDefault(), input.Properties) : (null, error);
            return refused is not null
                ? HubSpotPipeline.Error(hubspot, refused)
                : new ApiAnswer(StatusCodes.Status200OK, HubSpotJson.Object(record!), Write: true);
        }));

        endpoints.MapGet(Prefix, (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, _ =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var query = http.Request.Query;
            var limit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 100) : 10;
            var after = long.TryParse(query["after"], CultureInfo.InvariantCulture, out var a) ? a : 0;
            var properties = ObjectTypeResolver.PropertiesQuery(query["properties"].ToString()) ?? BuiltInProperties.Defaults(type);
            var page = hubspot.Store.All(type).Where(r => long.Parse(r.Id, CultureInfo.InvariantCulture) > after).Take(limit + 1).ToList();
            var json = new JsonObject { ["results"] = new JsonArray([.. page.Take(limit).Select(r => (JsonNode)HubSpotJson.Object(r, properties))]) };
            if (page.Count > limit)
            {
                json["paging"] = new JsonObject { ["next"] = new JsonObject { ["after"] = page[limit - 1].Id } };
            }

            return new ApiAnswer(StatusCodes.Status200OK, json);
        }));
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Connectors.Sandbox.HubSpot.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary><c>GET|POST /crm/v3/properties/{type}</c> and <c>GET /crm/v3/properties/{type}/{name}</c>: property definitions.</summary>
internal static partial class PropertyEndpoints
{
    private const string Prefix = "/" + HubSpotDefaults.ApiPrefix + "/properties/{objectType}";
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "string", "number", "bool", "enumeration", "date", "datetime" };

    public static void Map(IEndpointRouteBuilder endpoints, HubSpotEmulator hubspot)
    {
        endpoints.MapGet(Prefix, (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, _ =>
            ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type
                ? bad!
                : new ApiAnswer(StatusCodes.Status200OK, new JsonObject
                {
                    ["results"] = new JsonArray([.. hubspot.Store.Properties(type).Select(p => (JsonNode)HubSpotJson.Property(p))]),
                })));

        endpoints.MapGet(Prefix + "/{name}", (HttpContext http, string objectType, string name) => HubSpotPipeline.HandleAsync(http, hubspot, false, _ =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            return hubspot.Store.Property(type, name) is { } definition
                ? new ApiAnswer(StatusCodes.Status200OK, HubSpotJson.Property(definition))
                : HubSpotPipeline.Error(hubspot, ApiError.NotFound($"Unable to find property {name} on object type {HubSpotObjectTypes.TypeId(type)}"));
        }));

        endpoints.MapPost(Prefix, (HttpContext http, string objectType) => HubSpotPipeline.HandleAsync(http, hubspot, false, body =>
        {
            if (ObjectTypeResolver.Resolve(hubspot, objectType, out var bad) is not { } type)
            {
                return bad!;
            }

            var definition = RequestReader.PropertyDefinition(body, out var error);
            error ??= Check(definition!);
            var (created, refused) = error is null ? hubspot.Store.DefineProperty(type, definition!) : (null, error);
            return refused is not null
                ? HubSpotPipeline.Error(hubspot, refused)
                : new ApiAnswer(StatusCodes.Status201Created, HubSpotJson.Property(created!), Write: true);
        }));
    }

    private static ApiError? Check(PropertyDefinition definition) =>
        !NamePattern().IsMatch(definition.Name) ? ApiError.Validation($"Property name {definition.Name} is invalid: use lower-case letters, digits and underscores, starting with a letter")
        : !Types.Contains(definition.Type) ? ApiError.Validation($"Property type {definition.Type} is invalid; use one of {string.Join(", ", Types)}")
        : null;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex NamePattern();
}

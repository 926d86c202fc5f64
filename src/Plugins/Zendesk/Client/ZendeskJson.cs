using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>Zendesk's JSON conventions: snake_case names; nulls left out of requests so they never clear a field.</summary>
internal static class ZendeskJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.WebUtilities;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>A send's parameters, from a JSON body or a form whose values are JSON (as the Send API also accepts).</summary>
internal static class SendBody
{
    public static JsonObject? Read(VendorExchange x)
    {
        var type = x.Header("content-type") ?? "";
        try
        {
            if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                var form = new JsonObject();
                foreach (var (name, value) in QueryHelpers.ParseQuery(x.BodyText))
                {
                    var text = value.ToString();
                    form[name] = text.StartsWith('{') ? JsonNode.Parse(text) : JsonValue.Create(text);
                }

                return form;
            }

            return JsonNode.Parse(x.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? Text(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject o ? o[name] : null;
        }

        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    }
}

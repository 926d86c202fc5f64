using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.HubSpot.Data;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>Reads HubSpot request bodies; a shape error becomes a 400 in HubSpot's words.</summary>
internal static class RequestReader
{
    private static readonly string[] RequiredPropertyFields = ["name", "label", "type", "fieldType", "groupName"];

    public static IReadOnlyList<ObjectInput> Inputs(JsonElement? body, out ApiError? error)
    {
        error = null;
        if (body is not { ValueKind: JsonValueKind.Object } b || !b.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
        {
            error = Invalid("inputs", "the body must be an object with an \"inputs\" array");
            return [];
        }

        var list = new List<ObjectInput>();
        foreach (var item in inputs.EnumerateArray())
        {
            var input = Input(item, out error);
            if (error is not null)
            {
                return [];
            }

            list.Add(input);
        }

        return list;
    }

    public static ObjectInput Input(JsonElement? body, out ApiError? error)
    {
        error = null;
        if (body is not { ValueKind: JsonValueKind.Object } b)
        {
            error = Invalid("body", "expected a JSON object");
            return new ObjectInput();
        }

        var properties = b.TryGetProperty("properties", out var p) ? Properties(p, out error) : [];
        var associations = error is null && b.TryGetProperty("associations", out var a) ? Associations(a, out error) : [];
        return new ObjectInput
        {
            Id = Text(b, "id"),
            IdProperty = Text(b, "idProperty"),
            ObjectWriteTraceId = Text(b, "objectWriteTraceId"),
            Properties = properties,
            Associations = associations,
        };
    }

    public static Dictionary<string, string> Properties(JsonElement element, out ApiError? error)
    {
        error = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = Invalid("properties", "expected an object of property names to values");
            return values;
        }

        foreach (var property in element.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[property.Name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Number:
                    values[property.Name] = property.Value.GetRawText();
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    values[property.Name] = property.Value.GetBoolean() ? "true" : "false";
                    break;
                case JsonValueKind.Null:
                    values[property.Name] = "";
                    break;
                default:
                    error = Invalid($"properties.{property.Name}", "expected a string, number, boolean or null");
                    return values;
            }
        }

        return values;
    }

    public static IReadOnlyList<string> Ids(JsonElement? body, out string? idProperty, out IReadOnlyList<string>? properties, out ApiError? error)
    {
        idProperty = null;
        properties = null;
        var inputs = Inputs(body, out error);
        if (error is not null)
        {
            return [];
        }

        idProperty = Text(body!.Value, "idProperty");
        properties = body.Value.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Array
            ? [.. p.EnumerateArray().Select(e => e.GetString() ?? "")]
            : null;
        return [.. inputs.Select(i => i.Id ?? "")];
    }

    public static SearchRequest? Search(JsonElement? body, out ApiError? error)
    {
        error = null;
        var b = body ?? default;
        if (b.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            error = Invalid("body", "expected a JSON object");
            return null;
        }

        var groups = new List<IReadOnlyList<SearchFilter>>();
        if (b.ValueKind == JsonValueKind.Object && b.TryGetProperty("filterGroups", out var fg) && fg.ValueKind == JsonValueKind.Array)
        {
            foreach (var group in fg.EnumerateArray())
            {
                var filters = new List<SearchFilter>();
                if (group.TryGetProperty("filters", out var fs) && fs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var f in fs.EnumerateArray())
                    {
                        var op = Text(f, "operator") ?? "EQ";
                        if (!SearchFilter.Supported.Contains(op))
                        {
                            error = Invalid("operator", $"the sandbox does not support the operator {op}");
                            return null;
                        }

                        var values = f.TryGetProperty("values", out var vs) && vs.ValueKind == JsonValueKind.Array
                            ? vs.EnumerateArray().Select(Scalar).ToList()
                            : [];
                        filters.Add(new SearchFilter(Text(f, "propertyName") ?? "", op, Text(f, "value"), values, Text(f, "highValue")));
                    }
                }

                if (filters.Count > 10)
                {
                    error = ApiError.Validation($"Too many filters in a filter group: {filters.Count}. The limit is 10.");
                    return null;
                }

                groups.Add(filters);
            }
        }

        if (groups.Count > 5)
        {
            error = ApiError.Validation($"Too many filter groups: {groups.Count}. The limit is 5.");
            return null;
        }

        var limit = b.ValueKind == JsonValueKind.Object && b.TryGetProperty("limit", out var l) && l.TryGetInt32(out var n) ? n : 10;
        var after = b.ValueKind == JsonValueKind.Object && Text(b, "after") is { } a && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var properties = b.ValueKind == JsonValueKind.Object && b.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : null;
        return new SearchRequest(groups, Sorts(b), properties, limit, after);
    }

    public static PropertyDefinition? PropertyDefinition(JsonElement? body, out ApiError? error)
    {
        error = null;
        if (body is not { ValueKind: JsonValueKind.Object } b)
        {
            error = Invalid("body", "expected a JSON object");
            return null;
        }

        var missing = RequiredPropertyFields.Where(k => string.IsNullOrEmpty(Text(b, k))).ToList();
        if (missing.Count > 0)
        {
            error = ApiError.Validation($"Missing required fields: {string.Join(", ", missing)}");
            return null;
        }

        var options = b.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array
            ? o.EnumerateArray().Select((e, i) => new PropertyOption(Text(e, "label") ?? "", Text(e, "value") ?? "", i)).ToList()
            : [];
        return new PropertyDefinition
        {
            Name = Text(b, "name")!,
            Label = Text(b, "label")!,
            Type = Text(b, "type")!,
            FieldType = Text(b, "fieldType")!,
            GroupName = Text(b, "groupName")!,
            Description = Text(b, "description") ?? "",
            HasUniqueValue = b.TryGetProperty("hasUniqueValue", out var u) && u.ValueKind == JsonValueKind.True,
            Options = options,
        };
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Scalar(value)
            : null;

    private static List<AssociationInput> Associations(JsonElement element, out ApiError? error)
    {
        error = null;
        var list = new List<AssociationInput>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            error = Invalid("associations", "expected an array");
            return list;
        }

        foreach (var a in element.EnumerateArray())
        {
            var to = a.TryGetProperty("to", out var t) ? Text(t, "id") : null;
            if (to is null || !a.TryGetProperty("types", out var types) || types.ValueKind != JsonValueKind.Array)
            {
                error = Invalid("associations", "each association needs \"to\": {\"id\"} and a \"types\" array");
                return list;
            }

            foreach (var type in types.EnumerateArray())
            {
                var typeId = type.TryGetProperty("associationTypeId", out var id) && id.TryGetInt32(out var n) ? n : -1;
                list.Add(new AssociationInput(to, Text(type, "associationCategory") ?? "", typeId));
            }
        }

        return list;
    }

    private static List<(string, bool)> Sorts(JsonElement body)
    {
        var sorts = new List<(string, bool)>();
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("sorts", out var s) || s.ValueKind != JsonValueKind.Array)
        {
            return sorts;
        }

        foreach (var sort in s.EnumerateArray())
        {
            if (sort.ValueKind == JsonValueKind.String)
            {
                // HubSpot also takes "-createdate" for a descending sort.
                var text = sort.GetString() ?? "";
                sorts.Add(text.StartsWith('-') ? (text[1..], true) : (text, false));
            }
            else
            {
                sorts.Add((Text(sort, "propertyName") ?? "", Text(sort, "direction") == "DESCENDING"));
            }
        }

        return sorts;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    private static ApiError Invalid(string where, string what) => ApiError.Validation($"Invalid input JSON at {where}: {what}");
}

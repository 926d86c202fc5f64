using System.Globalization;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>
/// Checks a JSON value against a Swagger 2.0 schema of an official model: <c>$ref</c>, type, required, properties
/// (strict: a property the model does not declare is a problem unless <c>additionalProperties</c> allows it), items,
/// enum, date-time format, minItems/maxItems, minimum/maximum. Every problem is named by its JSON path.
/// </summary>
internal sealed class SwaggerSchema(JsonElement document)
{
    public void Check(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, problems);
            }

            return;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : null;
        switch (type)
        {
            case "object":
                CheckObject(value, schema, path, problems);
                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{path}: expected an array, got {value.ValueKind}");
                    return;
                }

                Count(schema, value.GetArrayLength(), path, problems);
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (schema.TryGetProperty("items", out var items))
                    {
                        Check(item, items, $"{path}[{i}]", problems);
                    }

                    i++;
                }

                break;
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{path}: expected a string, got {value.ValueKind}");
                    return;
                }

                CheckString(value.GetString()!, schema, path, problems);
                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var whole))
                {
                    problems.Add($"{path}: expected an integer, got {value}");
                    return;
                }

                Range(schema, whole, path, problems);
                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    problems.Add($"{path}: expected a number, got {value.ValueKind}");
                    return;
                }

                Range(schema, value.GetDouble(), path, problems);
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{path}: expected a boolean, got {value.ValueKind}");
                }

                break;
        }
    }

    /// <summary>Checks a parameter's text (query or path) against its declaration.</summary>
    public static void CheckText(string text, JsonElement declaration, string path, List<string> problems)
    {
        switch (declaration.TryGetProperty("type", out var t) ? t.GetString() : "string")
        {
            case "integer":
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                {
                    problems.Add($"{path}: '{text}' is not an integer");
                }
                else
                {
                    Range(declaration, n, path, problems);
                }

                break;
            case "boolean":
                if (text is not ("true" or "false"))
                {
                    problems.Add($"{path}: '{text}' is not a boolean");
                }

                break;
            default:
                CheckString(text, declaration, path, problems);
                break;
        }
    }

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var target = document;
            foreach (var segment in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                target = target.GetProperty(segment);
            }

            schema = target;
        }

        return schema;
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object, got {value.ValueKind}");
            return;
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    problems.Add($"{path}: required property '{name}' is missing");
                }
            }
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var extra = schema.TryGetProperty("additionalProperties", out var additional) ? additional : default;
        foreach (var property in value.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (hasProperties && properties.TryGetProperty(property.Name, out var declared))
            {
                Check(property.Value, declared, at, problems);
            }
            else if (extra.ValueKind == JsonValueKind.Object)
            {
                Check(property.Value, extra, at, problems);
            }
            else if (extra.ValueKind != JsonValueKind.True && hasProperties)
            {
                problems.Add($"{at}: the model does not declare this property");
            }
        }
    }

    private static void CheckString(string text, JsonElement schema, string path, List<string> problems)
    {
        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == text))
        {
            problems.Add($"{path}: '{text}' is not one of {string.Join(", ", values.EnumerateArray())}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            problems.Add($"{path}: '{text}' is not an ISO 8601 date-time");
        }

        if (schema.TryGetProperty("minLength", out var min) && text.Length < min.GetInt32())
        {
            problems.Add($"{path}: shorter than {min}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && text.Length > max.GetInt32())
        {
            problems.Add($"{path}: longer than {max}");
        }
    }

    private static void Count(JsonElement schema, int count, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minItems", out var min) && count < min.GetInt32())
        {
            problems.Add($"{path}: {count} items, fewer than {min}");
        }

        if (schema.TryGetProperty("maxItems", out var max) && count > max.GetInt32())
        {
            problems.Add($"{path}: {count} items, more than {max}");
        }
    }

    private static void Range(JsonElement schema, double value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minimum", out var min) && value < min.GetDouble())
        {
            problems.Add($"{path}: {value} is below the minimum {min}");
        }

        if (schema.TryGetProperty("maximum", out var max) && value > max.GetDouble())
        {
            problems.Add($"{path}: {value} is above the maximum {max}");
        }
    }
}

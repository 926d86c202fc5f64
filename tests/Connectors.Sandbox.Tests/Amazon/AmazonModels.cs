using System.Text.Json;

namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>
/// Amazon's official SP-API models, read from the repository's vendor-models/amazon-sp-api folder: finds the operation
/// of a request by method and path, then checks the request's parameters and body and the answer's body and headers.
/// </summary>
internal static class AmazonModels
{
    private static readonly string[] Files =
    [
        "ordersV0.json", "orders_2026-01-01.json", "reports_2021-06-30.json", "solicitations.json", "customerFeedback_2024-06-01.json", "tokens_2021-03-01.json",
    ];

    private static readonly Lazy<IReadOnlyList<(JsonElement Document, SwaggerSchema Schema)>> Models = new(Load);

    /// <summary>Every operation of the models: (method, path template, operation id).</summary>
    public static IEnumerable<(string Method, string Path, string OperationId)> Operations() =>
        Models.Value.SelectMany(m => m.Document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _))
                .Select(o => (o.Name.ToUpperInvariant(), p.Name, o.Value.GetProperty("operationId").GetString()!))));

    /// <summary>The problems of a request against its operation (method, path without region prefix, query, body).</summary>
    public static List<string> CheckRequest(string method, string pathAndQuery, string? body)
    {
        var problems = new List<string>();
        var (path, query) = Split(pathAndQuery);
        if (Find(method, path) is not { } op)
        {
            problems.Add($"{method} {path} is no operation of the models");
            return problems;
        }

        var (operation, template, schema) = op;
        var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().Select(schema.Resolve).ToList() : [];
        foreach (var (name, values) in query)
        {
            var declared = parameters.FirstOrDefault(p => p.GetProperty("in").GetString() == "query" && p.GetProperty("name").GetString() == name);
            if (declared.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"query parameter '{name}' is not a parameter of {template}");
                continue;
            }

            if (declared.TryGetProperty("type", out var t) && t.GetString() == "array")
            {
                var items = values.SelectMany(v => v.Split(',')).ToList();
                if (declared.TryGetProperty("maxItems", out var max) && items.Count > max.GetInt32())
                {
                    problems.Add($"{name}: {items.Count} values, more than {max}");
                }

                foreach (var item in items)
                {
                    SwaggerSchema.CheckText(item, declared.TryGetProperty("items", out var itemSchema) ? itemSchema : default, name, problems);
                }
            }
            else
            {
                foreach (var value in values)
                {
                    SwaggerSchema.CheckText(value, declared, name, problems);
                }
            }
        }

        foreach (var required in parameters.Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean()))
        {
            var name = required.GetProperty("name").GetString()!;
            switch (required.GetProperty("in").GetString())
            {
                case "query" when !query.ContainsKey(name):
                    problems.Add($"required query parameter '{name}' is missing");
                    break;
                case "body" when string.IsNullOrEmpty(body):
                    problems.Add("the required body is missing");
                    break;
            }
        }

        var bodyParameter = parameters.FirstOrDefault(p => p.GetProperty("in").GetString() == "body");
        if (!string.IsNullOrEmpty(body) && bodyParameter.ValueKind == JsonValueKind.Object)
        {
            using var json = JsonDocument.Parse(body);
            schema.Check(json.RootElement, bodyParameter.GetProperty("schema"), "$", problems);
        }

        return problems;
    }

    /// <summary>The problems of an answer against the operation's response of that status.</summary>
    public static List<string> CheckResponse(string method, string pathAndQuery, int status, string body, IReadOnlyCollection<string> headerNames)
    {
        var problems = new List<string>();
        var (path, _) = Split(pathAndQuery);
        if (Find(method, path) is not { } op)
        {
            problems.Add($"{method} {path} is no operation of the models");
            return problems;
        }

        var (operation, template, schema) = op;
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.GetProperty("responses").TryGetProperty(code, out var response))
        {
            problems.Add($"{template} does not declare a {status} answer");
            return problems;
        }

        var declaredHeaders = response.TryGetProperty("headers", out var h) ? h.EnumerateObject().Select(x => x.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
        foreach (var name in headerNames.Where(n => n.StartsWith("x-amzn-", StringComparison.OrdinalIgnoreCase)))
        {
            if (!declaredHeaders.Contains(name))
            {
                problems.Add($"header {name} is not declared for {status}");
            }
        }

        if (!headerNames.Contains("x-amzn-RequestId", StringComparer.OrdinalIgnoreCase))
        {
            problems.Add("x-amzn-RequestId is missing");
        }

        if (response.TryGetProperty("schema", out var responseSchema))
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                schema.Check(json.RootElement, responseSchema, "$", problems);
            }
            catch (JsonException ex)
            {
                problems.Add($"the body is not JSON: {ex.Message}");
            }
        }
        else if (body.Length > 0)
        {
            problems.Add($"{status} of {template} has no body in the model, got {body}");
        }

        return problems;
    }

    private static (JsonElement Operation, string Template, SwaggerSchema Schema)? Find(string method, string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length > 0 && segments[0] is "na" or "eu" or "fe")
        {
            segments = segments[1..];
        }

        foreach (var (document, schema) in Models.Value)
        {
            foreach (var candidate in document.GetProperty("paths").EnumerateObject())
            {
                var parts = candidate.Name.Trim('/').Split('/');
                if (parts.Length == segments.Length
                    && parts.Zip(segments).All(p => p.First.StartsWith('{') || p.First == p.Second)
                    && candidate.Value.TryGetProperty(method.ToLowerInvariant(), out var operation))
                {
                    return (operation, candidate.Name, schema);
                }
            }
        }

        return null;
    }

    private static (string Path, Dictionary<string, List<string>> Query) Split(string pathAndQuery)
    {
        var cut = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = "/" + (cut < 0 ? pathAndQuery : pathAndQuery[..cut]).TrimStart('/');
        var query = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (cut >= 0)
        {
            foreach (var pair in pathAndQuery[(cut + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
                var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
                (query.TryGetValue(name, out var values) ? values : query[name] = []).Add(value);
            }
        }

        return (Uri.UnescapeDataString(path), query);
    }

    private static List<(JsonElement, SwaggerSchema)> Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Connectors.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return [.. Files.Select(file =>
        {
            var path = Path.Combine(directory.FullName, "vendor-models", "amazon-sp-api", file);
            Assert.True(File.Exists(path), $"Amazon's model is expected in the repository at {path} (vendor-models/README.md)");
            var document = JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();
            return (document, new SwaggerSchema(document));
        })];
    }
}

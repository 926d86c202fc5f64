using System.IO.Compression;
using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Tests.Shopify;

/// <summary>The emulator serves nothing Shopify does not have: checked against Shopify's own 2025-01 introspection.</summary>
public sealed class SchemaConformanceTests
{
    // Customer's are from 2025-04 (sources.md) and served for every version; bulkOperation(id:) only from 2026-01.
    private static readonly HashSet<string> LaterAdditions =
    [
        "Customer.defaultEmailAddress",
        "Customer.defaultPhoneNumber",
        "CustomerPhoneNumber.marketingCollectedFrom",
        "QueryRoot.bulkOperation",
    ];

    [Fact]
    public void Every_type_field_argument_and_enum_value_exists_in_the_official_schema()
    {
        var official = LoadOfficial();
        var problems = new List<string>();
        foreach (var type in ShopifySchema.Build().Types.Values)
        {
            if (!official.TryGetValue(type.Name, out var theirs))
            {
                problems.Add($"type {type.Name} is not in the schema");
                continue;
            }

            var kind = theirs.GetProperty("kind").GetString();
            if (!string.Equals(kind, type.Kind.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{type.Name} is a {kind}, served as {type.Kind}");
            }

            if (type.Kind == GqlKind.Enum)
            {
                var values = theirs.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToHashSet();
                problems.AddRange(type.EnumValues.Where(v => !values.Contains(v)).Select(v => $"{type.Name}.{v} is not an enum value"));
            }

            if (type.Kind is GqlKind.Object or GqlKind.Interface)
            {
                var fields = theirs.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
                foreach (var field in type.Fields.Values)
                {
                    var name = $"{type.Name}.{field.Name}";
                    if (!fields.TryGetValue(field.Name, out var theirField))
                    {
                        if (!LaterAdditions.Contains(name))
                        {
                            problems.Add($"field {name} is not in the schema");
                        }

                        continue;
                    }

                    var theirType = Sdl(theirField.GetProperty("type"));
                    if (theirType != field.Type.ToString())
                    {
                        problems.Add($"{name} is {theirType}, served as {field.Type}");
                    }

                    var arguments = theirField.GetProperty("args").EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => Sdl(a.GetProperty("type")));
                    foreach (var argument in field.Arguments.Values)
                    {
                        if (!arguments.TryGetValue(argument.Name, out var argumentType))
                        {
                            problems.Add($"argument {name}({argument.Name}) is not in the schema");
                        }
                        else if (argumentType != argument.Type.ToString())
                        {
                            problems.Add($"argument {name}({argument.Name}) is {argumentType}, served as {argument.Type}");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static Dictionary<string, JsonElement> LoadOfficial()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Connectors.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "vendor-models", "shopify", "admin_schema_2025-01.json.gz");
        Assert.True(File.Exists(path), $"Shopify's schema is expected in the repository at {path} (vendor-models/README.md)");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var root = document.RootElement.TryGetProperty("data", out var data) ? data : document.RootElement;
        return root.GetProperty("__schema").GetProperty("types").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.Clone());
    }

    private static string Sdl(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Sdl(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Sdl(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };
}

using System.IO.Compression;
using System.Text.Json;

namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>A schema model walked out of an introspection result (<c>data.__schema</c>): types, fields, arguments.</summary>
internal sealed class IntrospectionSchema
{
    private IntrospectionSchema(string queryType, string? mutationType, Dictionary<string, SchemaType> types)
    {
        QueryType = queryType;
        MutationType = mutationType;
        Types = types;
    }

    public string QueryType { get; }

    public string? MutationType { get; }

    public Dictionary<string, SchemaType> Types { get; }

    /// <summary>Shopify's Admin schema 2025-01, copied beside the tests from the repository's vendor-models folder.</summary>
    public static string AdminSchemaPath => Path.Combine(AppContext.BaseDirectory, "Schema", "admin_schema_2025-01.json.gz");

    public static IntrospectionSchema LoadGzip(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} is missing: the test project links it from vendor-models/shopify in the repository; check that file exists", path);
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var schema = json.RootElement.TryGetProperty("data", out var data) ? data.GetProperty("__schema") : json.RootElement.GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().Select(ReadType).ToDictionary(t => t.Name, StringComparer.Ordinal);
        return new IntrospectionSchema(
            schema.GetProperty("queryType").GetProperty("name").GetString()!,
            schema.GetProperty("mutationType") is { ValueKind: JsonValueKind.Object } m ? m.GetProperty("name").GetString() : null,
            types);
    }

    /// <summary>Adds a field a later API version has (documented in sources.md) that this introspection lacks.</summary>
    public IntrospectionSchema WithField(string typeName, string fieldName, TypeRef type)
    {
        var target = Types[typeName];
        if (!Types.ContainsKey(type.NamedType))
        {
            throw new InvalidOperationException($"{type.NamedType} is not in the schema; extend it with existing types only");
        }

        target.Fields[fieldName] = new SchemaField(fieldName, type, new Dictionary<string, SchemaArgument>(), IsDeprecated: false);
        return this;
    }

    /// <summary>Marks a field deprecated, as a later version does.</summary>
    public IntrospectionSchema Deprecate(string typeName, string fieldName)
    {
        var fields = Types[typeName].Fields;
        fields[fieldName] = fields[fieldName] with { IsDeprecated = true };
        return this;
    }

    private static SchemaType ReadType(JsonElement type) => new(
        type.GetProperty("name").GetString()!,
        type.GetProperty("kind").GetString()!,
        Items(type, "fields").Select(ReadField).ToDictionary(f => f.Name, StringComparer.Ordinal),
        Items(type, "inputFields").Select(ReadArgument).ToDictionary(a => a.Name, StringComparer.Ordinal),
        Items(type, "enumValues").Select(e => e.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal),
        Items(type, "possibleTypes").Select(p => p.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal));

    private static SchemaField ReadField(JsonElement field) => new(
        field.GetProperty("name").GetString()!,
        TypeRef.From(field.GetProperty("type")),
        Items(field, "args").Select(ReadArgument).ToDictionary(a => a.Name, StringComparer.Ordinal),
        field.TryGetProperty("isDeprecated", out var deprecated) && deprecated.ValueKind == JsonValueKind.True);

    private static SchemaArgument ReadArgument(JsonElement argument) => new(
        argument.GetProperty("name").GetString()!,
        TypeRef.From(argument.GetProperty("type")),
        argument.TryGetProperty("defaultValue", out var value) && value.ValueKind != JsonValueKind.Null);

    private static JsonElement[] Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? [.. items.EnumerateArray()] : [];
}

using System.Text.Json;

namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>An introspection type reference: a named type wrapped in LIST and NON_NULL.</summary>
internal sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST";

    /// <summary>The innermost named type.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    public TypeRef Nullable => IsNonNull ? OfType! : this;

    public static TypeRef Named(string name) => new("NAMED", name, null);

    public static TypeRef NonNull(TypeRef inner) => new("NON_NULL", null, inner);

    public static TypeRef List(TypeRef inner) => new("LIST", null, inner);

    public static TypeRef From(JsonElement json) => new(
        json.GetProperty("kind").GetString()!,
        json.GetProperty("name").GetString(),
        json.TryGetProperty("ofType", out var of) && of.ValueKind == JsonValueKind.Object ? From(of) : null);

    public override string ToString() => Kind switch
    {
        "NON_NULL" => $"{OfType}!",
        "LIST" => $"[{OfType}]",
        _ => Name!,
    };
}

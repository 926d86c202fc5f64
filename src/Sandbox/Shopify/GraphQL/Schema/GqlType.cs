namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>A named type of the emulator's schema.</summary>
internal sealed class GqlType
{
    public GqlType(string name, GqlKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public GqlKind Kind { get; }

    public Dictionary<string, GqlField> Fields { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> EnumValues { get; init; } = [];

    /// <summary>For interfaces: the object types that implement it.</summary>
    public List<GqlType> PossibleTypes { get; } = [];

    /// <summary>For objects: the interfaces it implements.</summary>
    public List<GqlType> Interfaces { get; } = [];

    public bool IsLeaf => Kind is GqlKind.Scalar or GqlKind.Enum;

    public bool IsAbstract => Kind == GqlKind.Interface;

    /// <summary>Relay connection wrapper: costs 2 plus its nodes, never an object point itself.</summary>
    public bool IsConnection => Kind == GqlKind.Object && Name.EndsWith("Connection", StringComparison.Ordinal);

    /// <summary>Edges and page info are free; only the nodes inside count.</summary>
    public bool IsFreeWrapper => Kind == GqlKind.Object && (Name.EndsWith("Edge", StringComparison.Ordinal) || Name == "PageInfo");

    public GqlField Add(GqlField field)
    {
        Fields.Add(field.Name, field);
        return field;
    }

    /// <summary>True when an object of type <paramref name="concrete"/> can appear where this type is expected.</summary>
    public bool Accepts(GqlType concrete) =>
        ReferenceEquals(this, concrete) || (IsAbstract && PossibleTypes.Contains(concrete));

    public override string ToString() => Name;
}

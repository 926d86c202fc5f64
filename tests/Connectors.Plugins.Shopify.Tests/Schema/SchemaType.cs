namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>A named type of the schema.</summary>
internal sealed record SchemaType(
    string Name,
    string Kind,
    Dictionary<string, SchemaField> Fields,
    IReadOnlyDictionary<string, SchemaArgument> InputFields,
    IReadOnlySet<string> EnumValues,
    IReadOnlySet<string> PossibleTypes)
{
    public bool IsComposite => Kind is "OBJECT" or "INTERFACE" or "UNION";

    public bool IsInput => Kind is "SCALAR" or "ENUM" or "INPUT_OBJECT";

    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    /// <summary>The object types a value of this type can be.</summary>
    public IReadOnlySet<string> Concrete => Kind == "OBJECT" ? new HashSet<string> { Name } : PossibleTypes;
}

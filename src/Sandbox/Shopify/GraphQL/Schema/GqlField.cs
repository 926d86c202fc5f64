namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>A field the emulator serves, with how to produce its value.</summary>
internal sealed class GqlField
{
    public GqlField(string name, GqlTypeRef type, IReadOnlyList<GqlArgument>? arguments = null)
    {
        Name = name;
        Type = type;
        Arguments = (arguments ?? []).ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    public string Name { get; }

    public GqlTypeRef Type { get; }

    public IReadOnlyDictionary<string, GqlArgument> Arguments { get; }

    /// <summary>For scalar and enum fields.</summary>
    public ScalarWriter? Write { get; init; }

    /// <summary>For object, interface, list-of-object and connection fields.</summary>
    public FieldResolver? Resolve { get; init; }

    /// <summary>The first API version that has the field (null: every served version).</summary>
    public string? Since { get; init; }

    /// <summary>True when the field exists in an API version.</summary>
    public bool ExistsIn(string version) =>
        Since is null || version == "unstable" || string.CompareOrdinal(version, Since) >= 0;

    /// <summary>A fixed cost replacing the computed one (mutations cost 10).</summary>
    public int? FixedCost { get; init; }
}

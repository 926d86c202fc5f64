namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>The emulator's schema: the subset of Shopify's Admin schema it serves.</summary>
internal sealed class GqlSchema
{
    private readonly Dictionary<Type, GqlType> _byClrType = [];

    public Dictionary<string, GqlType> Types { get; } = new(StringComparer.Ordinal);

    public required GqlType Query { get; init; }

    public required GqlType Mutation { get; init; }

    public GqlType? Find(string name) => Types.GetValueOrDefault(name);

    public void MapClrType(Type clrType, GqlType type) => _byClrType[clrType] = type;

    /// <summary>The object type of a value returned where an interface is expected.</summary>
    public GqlType TypeOf(object value) =>
        _byClrType.TryGetValue(value.GetType(), out var type)
            ? type
            : throw new InvalidOperationException($"no GraphQL type for {value.GetType().Name}");
}

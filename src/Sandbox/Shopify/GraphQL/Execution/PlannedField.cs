using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>A validated field with coerced arguments and its merged sub-selection.</summary>
internal sealed class PlannedField
{
    public required string ResponseKey { get; init; }

    /// <summary>Null for <c>__typename</c>.</summary>
    public GqlField? Definition { get; init; }

    /// <summary>The named type the field returns (null for <c>__typename</c>).</summary>
    public GqlType? ReturnType { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public PlannedSelection? Selection { get; init; }

    /// <summary>Parsed connection arguments, when the field is a connection.</summary>
    public ConnectionRequest? Connection { get; set; }

    /// <summary>Response path, for errors raised while preparing the field.</summary>
    public required IReadOnlyList<object> Path { get; init; }

    public (int Line, int Column) Location { get; init; }

    public bool IsTypename => Definition is null;

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T t ? t : default;
}

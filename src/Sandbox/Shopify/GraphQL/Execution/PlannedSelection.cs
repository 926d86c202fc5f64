using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>The fields to produce for an object, per concrete type (one entry unless the parent is an interface).</summary>
internal sealed class PlannedSelection
{
    private readonly Dictionary<GqlType, IReadOnlyList<PlannedField>> _byType = [];

    public void Set(GqlType type, IReadOnlyList<PlannedField> fields) => _byType[type] = fields;

    public IReadOnlyList<PlannedField> For(GqlType concrete) => _byType.TryGetValue(concrete, out var fields) ? fields : [];

    public IEnumerable<KeyValuePair<GqlType, IReadOnlyList<PlannedField>>> All => _byType;
}

namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>One object in a create, update or upsert request, as parsed from the JSON body.</summary>
internal sealed record ObjectInput
{
    /// <summary>The object id, or with <see cref="IdProperty"/> the value of that unique property.</summary>
    public string? Id { get; init; }

    /// <summary>The unique property <see cref="Id"/> refers to (upserts, reads).</summary>
    public string? IdProperty { get; init; }

    /// <summary>Property values as strings; an empty string clears a property.</summary>
    public Dictionary<string, string> Properties { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Associations to create with the object.</summary>
    public IReadOnlyList<AssociationInput> Associations { get; init; } = [];

    /// <summary>Echoed back on the input's result or error so a client can match them.</summary>
    public string? ObjectWriteTraceId { get; init; }
}

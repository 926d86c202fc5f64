namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>A snapshot of one stored CRM object, for tests and the control endpoints.</summary>
/// <param name="Id">HubSpot's id (<c>hs_object_id</c>).</param>
/// <param name="ObjectType"><c>contacts</c> or <c>notes</c>.</param>
/// <param name="Properties">Every property with a value, system ones included.</param>
/// <param name="CreatedAt">Creation time (sandbox clock).</param>
/// <param name="UpdatedAt">Last change (sandbox clock).</param>
/// <param name="Associations">Associations from this object.</param>
public sealed record HubSpotRecord(
    string Id,
    string ObjectType,
    IReadOnlyDictionary<string, string> Properties,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<HubSpotAssociation> Associations)
{
    /// <summary>A property's value, or <c>null</c> when it has none.</summary>
    public string? this[string property] => Properties.TryGetValue(property, out var value) ? value : null;
}

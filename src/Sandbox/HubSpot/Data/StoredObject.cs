namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>The mutable state of one object; only touched under the store's lock.</summary>
internal sealed class StoredObject(long id, string objectType, DateTimeOffset createdAt)
{
    public long Id { get; } = id;

    public string ObjectType { get; } = objectType;

    public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

    public List<HubSpotAssociation> Associations { get; } = [];

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public string IdText => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public HubSpotRecord Snapshot() =>
        new(IdText, ObjectType, new Dictionary<string, string>(Properties, StringComparer.Ordinal), CreatedAt, UpdatedAt, [.. Associations]);
}

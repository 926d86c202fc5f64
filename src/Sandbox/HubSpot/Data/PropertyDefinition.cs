namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>A property of a CRM object type, built in or created through <c>POST /crm/v3/properties/{objectType}</c>.</summary>
public sealed record PropertyDefinition
{
    /// <summary>Internal name (<c>connectors_key</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Label shown in HubSpot.</summary>
    public required string Label { get; init; }

    /// <summary>Data type: <c>string</c>, <c>number</c>, <c>bool</c>, <c>enumeration</c>, <c>date</c>, <c>datetime</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Form field: <c>text</c>, <c>textarea</c>, <c>booleancheckbox</c>, <c>checkbox</c>, <c>select</c>...</summary>
    public required string FieldType { get; init; }

    /// <summary>The property group.</summary>
    public required string GroupName { get; init; }

    /// <summary>Description.</summary>
    public string Description { get; init; } = "";

    /// <summary>No two objects of the type may hold the same value; the property can then serve as an upsert <c>idProperty</c>.</summary>
    public bool HasUniqueValue { get; init; }

    /// <summary>Built into HubSpot rather than created by an integration.</summary>
    public bool HubspotDefined { get; init; }

    /// <summary>Maintained by HubSpot; values written to it are ignored.</summary>
    public bool ReadOnlyValue { get; init; }

    /// <summary>Allowed values of enumeration and boolean properties.</summary>
    public IReadOnlyList<PropertyOption> Options { get; init; } = [];

    /// <summary>When it was created (sandbox clock).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

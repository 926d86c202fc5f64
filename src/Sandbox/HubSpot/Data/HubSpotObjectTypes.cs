namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>The CRM object types the emulator serves, by the names and ids HubSpot accepts in paths.</summary>
public static class HubSpotObjectTypes
{
    /// <summary>Contacts (<c>0-1</c>).</summary>
    public const string Contacts = "contacts";

    /// <summary>Notes, engagements on a record's timeline (<c>0-46</c>).</summary>
    public const string Notes = "notes";

    /// <summary>The canonical type of a path segment (<c>contacts</c>, <c>contact</c>, <c>0-1</c>...), or <c>null</c> when not served.</summary>
    public static string? Normalize(string value) => value.ToLowerInvariant() switch
    {
        "contacts" or "contact" or "0-1" => Contacts,
        "notes" or "note" or "0-46" => Notes,
        _ => null,
    };

    /// <summary>HubSpot's object type id, quoted in some error messages.</summary>
    public static string TypeId(string type) => type == Contacts ? "0-1" : "0-46";

    /// <summary>The capitalised singular used in messages (<c>Contact</c>, <c>Note</c>).</summary>
    public static string Singular(string type) => type == Contacts ? "Contact" : "Note";

    /// <summary>The upper-case name used in batch messages (<c>CONTACT</c>, <c>NOTE</c>).</summary>
    public static string Upper(string type) => Singular(type).ToUpperInvariant();
}

namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>The HubSpot-defined properties the emulator knows, per object type (a subset of HubSpot's hundreds).</summary>
internal static class BuiltInProperties
{
    /// <summary>The values of <c>hs_legal_basis</c> (GDPR legal basis for processing), as HubSpot defines them.</summary>
    public static readonly IReadOnlyList<string> LegalBasisValues =
    [
        "Legitimate interest – prospect/lead",
        "Legitimate interest – existing customer",
        "Legitimate interest - other",
        "Performance of a contract",
        "Freely given consent from contact",
        "Not applicable",
    ];

    private static readonly string[] LifecycleStages =
        ["subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"];

    public static IEnumerable<PropertyDefinition> For(string objectType, DateTimeOffset at) => objectType == HubSpotObjectTypes.Contacts
        ? [
            Text("email", "Email", "contactinformation", at),
            Text("firstname", "First Name", "contactinformation", at),
            Text("lastname", "Last Name", "contactinformation", at),
            Text("phone", "Phone Number", "contactinformation", at),
            Text("mobilephone", "Mobile Phone Number", "contactinformation", at),
            Text("country", "Country/Region", "contactinformation", at),
            Text("city", "City", "contactinformation", at),
            Text("company", "Company Name", "contactinformation", at),
            Text("jobtitle", "Job Title", "contactinformation", at),
            Enumeration("lifecyclestage", "Lifecycle Stage", "select", "contactinformation", LifecycleStages, at),
            Enumeration("hs_legal_basis", "Legal basis for processing contact's data", "checkbox", "contactinformation", LegalBasisValues, at),
            Enumeration("hs_language", "Preferred language", "select", "contactinformation", [], at),
            System("hs_object_id", "Record ID", "number", at),
            System("createdate", "Create Date", "datetime", at),
            System("lastmodifieddate", "Last Modified Date", "datetime", at),
        ]
        : [
            new PropertyDefinition { Name = "hs_timestamp", Label = "Activity date", Type = "datetime", FieldType = "date", GroupName = "engagement", HubspotDefined = true, CreatedAt = at, UpdatedAt = at },
            new PropertyDefinition { Name = "hs_note_body", Label = "Note body", Type = "string", FieldType = "html", GroupName = "engagement", HubspotDefined = true, CreatedAt = at, UpdatedAt = at },
            Enumeration("hubspot_owner_id", "Activity assigned to", "select", "engagement", [], at),
            Enumeration("hs_attachment_ids", "Attached file IDs", "checkbox", "engagement", [], at),
            System("hs_object_id", "Record ID", "number", at),
            System("hs_createdate", "Create date", "datetime", at),
            System("hs_lastmodifieddate", "Last modified date", "datetime", at),
        ];

    /// <summary>The properties HubSpot returns when a read names none.</summary>
    public static IReadOnlyList<string> Defaults(string objectType) => objectType == HubSpotObjectTypes.Contacts
        ? ["createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"]
        : ["hs_createdate", "hs_lastmodifieddate", "hs_object_id"];

    /// <summary>The system properties holding creation and modification time.</summary>
    public static (string Created, string Modified) TimeProperties(string objectType) => objectType == HubSpotObjectTypes.Contacts
        ? ("createdate", "lastmodifieddate")
        : ("hs_createdate", "hs_lastmodifieddate");

    private static PropertyDefinition Text(string name, string label, string group, DateTimeOffset at) =>
        new() { Name = name, Label = label, Type = "string", FieldType = "text", GroupName = group, HubspotDefined = true, CreatedAt = at, UpdatedAt = at };

    private static PropertyDefinition Enumeration(string name, string label, string fieldType, string group, IReadOnlyList<string> values, DateTimeOffset at) => new()
    {
        Name = name, Label = label, Type = "enumeration", FieldType = fieldType, GroupName = group, HubspotDefined = true,
        Options = [.. values.Select((v, i) => new PropertyOption(v, v, i))], CreatedAt = at, UpdatedAt = at,
    };

    private static PropertyDefinition System(string name, string label, string type, DateTimeOffset at) => new()
    {
        Name = name, Label = label, Type = type, FieldType = type == "number" ? "number" : "date", GroupName = "contactinformation",
        HubspotDefined = true, ReadOnlyValue = true, CreatedAt = at, UpdatedAt = at,
    };
}

using System.Text.Json.Nodes;
using Connectors.Plugins.HubSpot.Mapping;

namespace Connectors.Plugins.HubSpot.Accounts;

/// <summary>The custom properties the sink writes, as <c>POST /crm/v3/properties/{objectType}</c> bodies.</summary>
internal static class CustomProperties
{
    /// <summary>The property group of the note key; HubSpot's engagement group (not confirmed against every account).</summary>
    public const string NoteGroup = "engagement";

    public static IEnumerable<(string ObjectType, string Name, JsonObject Body)> All(string noteProperty) =>
    [
        ("contacts", ContactProperties.CustomerId, new JsonObject
        {
            ["name"] = ContactProperties.CustomerId,
            ["label"] = "Connectors customer id",
            ["description"] = "The unified customer's id in Connectors.",
            ["type"] = "string",
            ["fieldType"] = "text",
            ["groupName"] = "contactinformation",
        }),
        ("contacts", ContactProperties.EmailMarketing, new JsonObject
        {
            ["name"] = ContactProperties.EmailMarketing,
            ["label"] = "Email marketing consent (Connectors)",
            ["description"] = "Set when the customer agreed to email marketing at a source channel; never set without consent.",
            ["type"] = "bool",
            ["fieldType"] = "booleancheckbox",
            ["groupName"] = "contactinformation",
            ["options"] = new JsonArray(
                new JsonObject { ["label"] = "Yes", ["value"] = "true", ["displayOrder"] = 0 },
                new JsonObject { ["label"] = "No", ["value"] = "false", ["displayOrder"] = 1 }),
        }),
        ("notes", noteProperty, new JsonObject
        {
            ["name"] = noteProperty,
            ["label"] = "Connectors key",
            ["description"] = "The feedback item's idempotency key: unique, so a retried push can never add a second note.",
            ["type"] = "string",
            ["fieldType"] = "text",
            ["groupName"] = NoteGroup,
            ["hasUniqueValue"] = true,
        }),
    ];
}

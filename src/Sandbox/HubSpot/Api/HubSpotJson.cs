using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.HubSpot.Data;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>Writes HubSpot's JSON: objects, batch envelopes, errors and the 429 body.</summary>
internal static class HubSpotJson
{
    public static readonly JsonSerializerOptions Options = new(SandboxJson.Options) { WriteIndented = false };

    public static JsonObject Object(HubSpotRecord record, IReadOnlyCollection<string>? properties = null, bool associations = false)
    {
        var values = new JsonObject();
        if (properties is null)
        {
            foreach (var (name, value) in record.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                values[name] = value;
            }
        }
        else
        {
            // HubSpot lists every property asked for, with null when the object has no value.
            foreach (var name in properties.Distinct(StringComparer.Ordinal))
            {
                values[name] = record[name];
            }
        }

        var json = new JsonObject
        {
            ["id"] = record.Id,
            ["properties"] = values,
            ["createdAt"] = PropertyValidator.Iso(record.CreatedAt),
            ["updatedAt"] = PropertyValidator.Iso(record.UpdatedAt),
            ["archived"] = false,
        };
        if (associations && record.Associations.Count > 0)
        {
            json["associations"] = new JsonObject
            {
                [HubSpotObjectTypes.Contacts] = new JsonObject
                {
                    ["results"] = new JsonArray([.. record.Associations.Select(a => (JsonNode)new JsonObject
                    {
                        ["id"] = a.ToId,
                        ["type"] = record.ObjectType == HubSpotObjectTypes.Notes ? "note_to_contact" : "contact_to_note",
                    })]),
                },
            };
        }

        return json;
    }

    public static JsonObject Batch(IEnumerable<JsonNode> results, IReadOnlyList<ApiError> errors, DateTimeOffset startedAt, DateTimeOffset completedAt, string correlationPrefix)
    {
        var json = new JsonObject
        {
            ["status"] = "COMPLETE",
            ["results"] = new JsonArray([.. results]),
        };
        if (errors.Count > 0)
        {
            json["numErrors"] = errors.Count;
            json["errors"] = new JsonArray([.. errors.Select((e, i) => (JsonNode)Error(e, $"{correlationPrefix}-{i}"))]);
        }

        json["requestedAt"] = PropertyValidator.Iso(startedAt);
        json["startedAt"] = PropertyValidator.Iso(startedAt);
        json["completedAt"] = PropertyValidator.Iso(completedAt);
        return json;
    }

    public static JsonObject Error(ApiError error, string correlationId)
    {
        var json = new JsonObject
        {
            ["status"] = "error",
            ["message"] = error.Message,
            ["correlationId"] = correlationId,
            ["category"] = error.Category,
        };
        if (error.Errors is { Count: > 0 } details)
        {
            json["errors"] = new JsonArray([.. details.Select(d =>
            {
                var item = new JsonObject { ["message"] = d.Message };
                if (d.Code is not null)
                {
                    item["code"] = d.Code;
                }

                if (d.PropertyName is not null)
                {
                    item["context"] = new JsonObject { ["propertyName"] = new JsonArray(d.PropertyName) };
                }

                return (JsonNode)item;
            })]);
        }

        if (error.Context is { Count: > 0 } context)
        {
            json["context"] = new JsonObject(context.Select(p =>
                KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(v => (JsonNode?)v)]))));
        }

        return json;
    }

    public static JsonObject RateLimited(string message, string policy, string correlationId) => new()
    {
        ["status"] = "error",
        ["message"] = message,
        ["errorType"] = "RATE_LIMIT",
        ["correlationId"] = correlationId,
        ["policyName"] = policy,
        ["requestId"] = correlationId.Replace("-", "", StringComparison.Ordinal)[..24],
    };

    public static JsonObject Property(PropertyDefinition p) => new()
    {
        ["name"] = p.Name,
        ["label"] = p.Label,
        ["type"] = p.Type,
        ["fieldType"] = p.FieldType,
        ["description"] = p.Description,
        ["groupName"] = p.GroupName,
        ["options"] = new JsonArray([.. p.Options.Select(o => (JsonNode)new JsonObject
        {
            ["label"] = o.Label, ["value"] = o.Value, ["displayOrder"] = o.DisplayOrder, ["hidden"] = o.Hidden,
        })]),
        ["createdAt"] = PropertyValidator.Iso(p.CreatedAt),
        ["updatedAt"] = PropertyValidator.Iso(p.UpdatedAt),
        ["displayOrder"] = -1,
        ["calculated"] = false,
        ["externalOptions"] = false,
        ["hasUniqueValue"] = p.HasUniqueValue,
        ["hidden"] = false,
        ["hubspotDefined"] = p.HubspotDefined,
        ["modificationMetadata"] = new JsonObject
        {
            ["archivable"] = !p.HubspotDefined, ["readOnlyDefinition"] = p.HubspotDefined, ["readOnlyValue"] = p.ReadOnlyValue,
        },
        ["formField"] = !p.ReadOnlyValue,
    };
}

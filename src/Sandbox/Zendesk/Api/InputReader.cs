using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Zendesk.Data;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Reads users, tickets and ticket changes from request JSON, reporting wrongly typed fields as Zendesk would.</summary>
internal static class InputReader
{
    public static UserInput User(JsonElement user, RecordErrors errors) => new(
        Text(user, "name", errors),
        Text(user, "email", errors),
        Text(user, "phone", errors),
        Text(user, "external_id", errors));

    public static TicketInput Ticket(JsonElement ticket, RecordErrors errors)
    {
        var comment = Object(ticket, "comment");
        var requester = Object(ticket, "requester");
        return new TicketInput
        {
            Subject = Text(ticket, "subject", errors),
            Body = (comment is { } c ? Text(c, "body", errors) ?? Text(c, "html_body", errors) : null) ?? Text(ticket, "description", errors),
            Public = comment is not { } p || !p.TryGetProperty("public", out var pub) || pub.ValueKind != JsonValueKind.False,
            AuthorId = comment is { } a ? Number(a, "author_id", errors) : null,
            RequesterId = Number(ticket, "requester_id", errors),
            HasRequesterObject = requester is not null,
            RequesterName = requester is { } r ? Text(r, "name", errors) : null,
            RequesterEmail = requester is { } e ? Text(e, "email", errors) : null,
            Priority = Text(ticket, "priority", errors),
            Status = Text(ticket, "status", errors),
            Tags = Tags(ticket, "tags", errors) ?? [],
            ExternalId = Text(ticket, "external_id", errors),
            CustomFields = CustomFields(ticket, errors) ?? [],
            FollowupSourceId = Number(ticket, "via_followup_source_id", errors),
        };
    }

    public static TicketChange Change(JsonElement ticket, RecordErrors errors)
    {
        var comment = Object(ticket, "comment");
        return new TicketChange
        {
            Body = comment is { } c ? Text(c, "body", errors) ?? Text(c, "html_body", errors) : null,
            Public = comment is not { } p || !p.TryGetProperty("public", out var pub) || pub.ValueKind != JsonValueKind.False,
            AuthorId = comment is { } a ? Number(a, "author_id", errors) : null,
            Subject = Text(ticket, "subject", errors),
            Priority = Text(ticket, "priority", errors),
            Status = Text(ticket, "status", errors),
            Tags = Tags(ticket, "tags", errors),
            AdditionalTags = Tags(ticket, "additional_tags", errors),
            RemoveTags = Tags(ticket, "remove_tags", errors),
            ExternalId = Text(ticket, "external_id", errors),
            CustomFields = CustomFields(ticket, errors),
        };
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement parent, string name, RecordErrors errors)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Null: return null;
            case JsonValueKind.Number: return value.GetRawText();
            default:
                errors.Add(name, $"{Label(name)}: is invalid (expected a string)", "InvalidValue");
                return null;
        }
    }

    private static long? Number(JsonElement parent, string name, RecordErrors errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            return n;
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n))
        {
            return n;
        }

        errors.Add(name, $"{Label(name)}: is invalid (expected an id)", "InvalidValue");
        return null;
    }

    private static List<string>? Tags(JsonElement parent, string name, RecordErrors errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // Zendesk takes a tag list as an array or as one space-separated string.
        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String))
        {
            return [.. value.EnumerateArray().Select(t => t.GetString()!)];
        }

        errors.Add(name, $"{Label(name)}: is invalid (expected a list of strings)", "InvalidValue");
        return null;
    }

    private static List<ZendeskCustomField>? CustomFields(JsonElement ticket, RecordErrors errors)
    {
        if (!ticket.TryGetProperty("custom_fields", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add("custom_fields", "Custom fields: is invalid (expected a list of {id, value})", "InvalidValue");
            return null;
        }

        var fields = new List<ZendeskCustomField>();
        foreach (var field in value.EnumerateArray())
        {
            if (field.ValueKind != JsonValueKind.Object || Number(field, "id", errors) is not { } id)
            {
                errors.Add("custom_fields", "Custom fields: each needs a numeric id", "InvalidValue");
                continue;
            }

            fields.Add(new ZendeskCustomField(id, field.TryGetProperty("value", out var v) ? v.GetRawText() : null));
        }

        return fields;
    }

    private static string Label(string field)
    {
        var words = field.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

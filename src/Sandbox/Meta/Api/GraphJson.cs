using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Meta.Data;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>Conversations and messages as Graph nodes, with only the fields asked for.</summary>
internal static class GraphJson
{
    /// <summary>Instagram serves only the most recent messages of a conversation.</summary>
    public const int InstagramMessageLimit = 20;

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    /// <summary>The messages Graph serves, newest first (Instagram: the 20 most recent only).</summary>
    public static IReadOnlyList<MetaMessage> Visible(MetaConversation conversation)
    {
        var newestFirst = conversation.Messages.Reverse();
        return [.. conversation.Channel == MetaChannel.Instagram ? newestFirst.Take(InstagramMessageLimit) : newestFirst];
    }

    public static JsonObject Conversation(MetaConversation c, IReadOnlyList<GraphField> fields, HttpRequest request, string messagesPath)
    {
        var node = new JsonObject();
        foreach (var field in fields)
        {
            switch (field.Name)
            {
                case "id": node["id"] = c.Id; break;
                case "updated_time": node["updated_time"] = c.UpdatedAt is { } at ? Time(at) : null; break;
                case "message_count": node["message_count"] = c.Messages.Count; break;
                case "unread_count": node["unread_count"] = 0; break;
                case "participants": node["participants"] = new JsonObject { ["data"] = new JsonArray(Customer(c), Brand(c)) }; break;
                case "messages":
                    var messageFields = GraphField.OrDefault(field.Children, "id", "created_time");
                    node["messages"] = GraphPaging.Page(Visible(c), m => Message(c, m, messageFields), request, field.Limit, null, null, messagesPath);
                    break;
                default: break;
            }
        }

        return node;
    }

    public static JsonObject Message(MetaConversation c, MetaMessage m, IReadOnlyList<GraphField> fields)
    {
        var node = new JsonObject();
        foreach (var field in fields)
        {
            switch (field.Name)
            {
                case "id": node["id"] = m.Id; break;
                case "created_time": node["created_time"] = Time(m.At); break;
                case "message": node["message"] = m.Kind == MetaMessageKind.Image && m.Text is null ? "" : m.Text; break;
                case "from": node["from"] = m.FromCustomer ? Customer(c) : Brand(c); break;
                case "to": node["to"] = new JsonObject { ["data"] = new JsonArray(m.FromCustomer ? Brand(c) : Customer(c)) }; break;
                case "attachments":
                    if (m.Kind == MetaMessageKind.Image)
                    {
                        node["attachments"] = new JsonObject
                        {
                            ["data"] = new JsonArray(new JsonObject
                            {
                                ["id"] = m.Id + "_att",
                                ["mime_type"] = "image/jpeg",
                                ["name"] = "image.jpg",
                                ["image_data"] = new JsonObject { ["url"] = m.Media, ["preview_url"] = m.Media, ["width"] = 1080, ["height"] = 1440 },
                            }),
                        };
                    }

                    break;
                default: break;
            }
        }

        return node;
    }

    private static JsonObject Customer(MetaConversation c) => c.Channel == MetaChannel.Instagram
        ? new JsonObject { ["username"] = c.Contact.Username, ["id"] = c.Contact.ScopedId }
        : new JsonObject { ["name"] = c.Contact.Name, ["email"] = c.Contact.ScopedId + "@facebook.com", ["id"] = c.Contact.ScopedId };

    private static JsonObject Brand(MetaConversation c) => c.Channel == MetaChannel.Instagram
        ? new JsonObject { ["username"] = MetaDefaults.InstagramUsername, ["id"] = MetaDefaults.InstagramAccountId }
        : new JsonObject { ["name"] = MetaDefaults.PageName, ["email"] = MetaDefaults.PageId + "@facebook.com", ["id"] = MetaDefaults.PageId };
}

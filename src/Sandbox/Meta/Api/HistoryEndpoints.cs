using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>
/// The history a client pulls to heal gaps: a Page's (or Instagram account's) conversations, newest first and paged by
/// cursor only; a conversation with its messages and participants; a message by id. WhatsApp has no such API: its
/// conversations and <c>wamid</c>s are not Graph objects.
/// </summary>
internal static class HistoryEndpoints
{
    public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, MetaEmulator meta)
    {
        GraphRoutes.Map(endpoints, meta, "GET", "/{id}/conversations", Throttle.Read, x => Conversations(x, meta));
        GraphRoutes.Map(endpoints, meta, "GET", "/{id}/messages", Throttle.Read, x => Messages(x, meta));
        GraphRoutes.Map(endpoints, meta, "GET", "/{id}", Throttle.Read, x => Node(x, meta));
    }

    private static VendorAnswer Conversations(VendorExchange x, MetaEmulator meta)
    {
        var id = x.Route("id");
        var platform = x.Query("platform") ?? (id == MetaDefaults.InstagramAccountId ? "instagram" : "messenger");
        if (platform is not ("messenger" or "instagram"))
        {
            return GraphErrors.Parameter("Param platform must be one of {MESSENGER, INSTAGRAM}", meta.NextTraceId());
        }

        var channel = platform == "instagram" ? MetaChannel.Instagram : MetaChannel.Messenger;
        if (id != MetaDefaults.PageId && !(id == MetaDefaults.InstagramAccountId && channel == MetaChannel.Instagram))
        {
            return GraphErrors.NoSuchObject(id, meta.NextTraceId());
        }

        var userId = x.Query("user_id");
        var conversations = meta.Inbox.Of(channel)
            .Where(c => c.UpdatedAt is not null && (userId is null || c.Contact.ScopedId == userId))
            .OrderByDescending(c => c.UpdatedAt)
            .ToList();
        var fields = GraphField.OrDefault(GraphField.Parse(x.Query("fields")), "id", "updated_time");
        var page = GraphPaging.Page(conversations, c => GraphJson.Conversation(c, fields, x.Http.Request, MessagesPath(x, c)), x.Http.Request,
            Limit(x), x.Query("after"), x.Query("before"));
        return Ok(page);
    }

    private static VendorAnswer Messages(VendorExchange x, MetaEmulator meta)
    {
        if (Conversation(x.Route("id"), meta) is not { } conversation)
        {
            return GraphErrors.NoSuchObject(x.Route("id"), meta.NextTraceId());
        }

        var fields = GraphField.OrDefault(GraphField.Parse(x.Query("fields")), "id", "created_time");
        return Ok(GraphPaging.Page(GraphJson.Visible(conversation), m => GraphJson.Message(conversation, m, fields), x.Http.Request, Limit(x), x.Query("after"), x.Query("before")));
    }

    private static VendorAnswer Node(VendorExchange x, MetaEmulator meta)
    {
        var id = x.Route("id");
        var fields = GraphField.Parse(x.Query("fields"));
        if (Conversation(id, meta) is { } conversation)
        {
            return Ok(GraphJson.Conversation(conversation, GraphField.OrDefault(fields, "id", "updated_time"), x.Http.Request, MessagesPath(x, conversation)));
        }

        if (meta.Inbox.FindMessage(id) is { } found && found.Conversation.Channel != MetaChannel.WhatsApp
            && (found.Conversation.Channel != MetaChannel.Instagram || GraphJson.Visible(found.Conversation).Any(m => m.Id == id)))
        {
            // Older Instagram messages are gone from the API, as if deleted.
            return Ok(GraphJson.Message(found.Conversation, found.Message, GraphField.OrDefault(fields, "id", "created_time")));
        }

        return id switch
        {
            MetaDefaults.PageId => Ok(new JsonObject { ["name"] = MetaDefaults.PageName, ["id"] = id }),
            MetaDefaults.InstagramAccountId => Ok(new JsonObject { ["username"] = MetaDefaults.InstagramUsername, ["id"] = id }),
            MetaDefaults.PhoneNumberId => Ok(new JsonObject { ["verified_name"] = MetaDefaults.PageName, ["display_phone_number"] = "+1 555-078-3881", ["id"] = id }),
            _ => GraphErrors.NoSuchObject(id, meta.NextTraceId()),
        };
    }

    private static MetaConversation? Conversation(string id, MetaEmulator meta) =>
        meta.Inbox.Find(id) is { Channel: not MetaChannel.WhatsApp } c ? c : null;

    private static string MessagesPath(VendorExchange x, MetaConversation c) =>
        $"{MetaDefaults.GraphPrefix}/{x.Route("version")}/{c.Id}/messages";

    private static int? Limit(VendorExchange x) =>
        int.TryParse(x.Query("limit"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static VendorAnswer Ok(JsonObject body) => VendorAnswer.Text(200, body.ToJsonString());
}

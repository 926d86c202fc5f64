using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>
/// <c>POST /{PAGE_ID or IG_ID}/messages</c>: a reply within 24 hours of the customer's last message, or with
/// <c>MESSAGE_TAG</c>/<c>HUMAN_AGENT</c> within 7 days (Messenger also takes its three update tags at any time); anything
/// else is refused with code 10 / 2018278. Accepted sends are recorded, join the conversation and come back as echoes.
/// </summary>
internal static class MessengerSendEndpoint
{
    private static readonly HashSet<string> UpdateTags = new(StringComparer.Ordinal) { "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE", "ACCOUNT_UPDATE" };

    public static VendorAnswer Send(VendorExchange x, MetaEmulator meta)
    {
        var account = x.Route("id");
        var trace = meta.NextTraceId();
        if (SendBody.Read(x) is not { } body)
        {
            return GraphErrors.Parameter("Invalid JSON for postcard", trace);
        }

        var recipient = SendBody.Text(body, "recipient", "id");
        if (recipient is null)
        {
            return GraphErrors.Parameter("param recipient must be non-empty.", trace);
        }

        var type = SendBody.Text(body, "messaging_type");
        var tag = SendBody.Text(body, "tag");
        if (type is not ("RESPONSE" or "UPDATE" or "MESSAGE_TAG"))
        {
            return GraphErrors.Parameter("param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}", trace);
        }

        if (type == "MESSAGE_TAG" && tag is null)
        {
            return GraphErrors.Parameter("param tag must be non-empty when messaging_type is MESSAGE_TAG", trace);
        }

        var text = SendBody.Text(body, "message", "text");
        var url = SendBody.Text(body, "message", "attachment", "payload", "url");
        if (text is null && url is null)
        {
            return GraphErrors.Parameter("param message must be non-empty.", trace);
        }

        var conversation = account == MetaDefaults.InstagramAccountId
            ? meta.Inbox.FindByCustomer(MetaChannel.Instagram, recipient)
            : meta.Inbox.FindByCustomer(MetaChannel.Messenger, recipient) ?? meta.Inbox.FindByCustomer(MetaChannel.Instagram, recipient);
        if (conversation is null)
        {
            return GraphErrors.NoMatchingUser(trace);
        }

        if (!Allowed(conversation, x.Now, type, tag))
        {
            meta.Vendor.Counters.Increment("sendsRefused");
            return GraphErrors.OutsideWindow(trace);
        }

        var message = new MetaMessage(meta.Ids.NextMessage(conversation.Channel, recipient), conversation.Id, false, x.Now,
            url is null ? MetaMessageKind.Text : MetaMessageKind.Image, text, url, SentThroughApi: true);
        meta.Inbox.Add(conversation, message);
        meta.Sends.Add(new MetaSend(conversation.Channel, recipient, message.Id, text ?? url, type, tag, x.Now));
        meta.Vendor.Counters.Increment("sendsAccepted");
        meta.Webhooks.Publish([.. MetaEvent.Of(conversation, message)]);
        return VendorAnswer.Text(200, new JsonObject { ["recipient_id"] = recipient, ["message_id"] = message.Id }.ToJsonString());
    }

    private static bool Allowed(MetaConversation conversation, DateTimeOffset now, string type, string? tag)
    {
        if (conversation.LastInboundAt is not { } last)
        {
            return false;
        }

        var age = now - last;
        return age <= TimeSpan.FromHours(24)
            || type == "MESSAGE_TAG" && tag == "HUMAN_AGENT" && age <= TimeSpan.FromDays(7)
            || type == "MESSAGE_TAG" && conversation.Channel == MetaChannel.Messenger && tag is not null && UpdateTags.Contains(tag);
    }
}

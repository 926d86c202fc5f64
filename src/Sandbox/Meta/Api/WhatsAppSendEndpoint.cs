using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>
/// <c>POST /{PHONE_NUMBER_ID}/messages</c>: free-form messages only within 24 hours of the customer's last message
/// (else 131047), templates at any time if approved (else 132001). <c>to</c> is the number (with or without '+') or
/// <c>recipient</c> the business-scoped user id. Accepted sends are recorded and reported by sent/delivered statuses.
/// </summary>
internal static class WhatsAppSendEndpoint
{
    public static VendorAnswer Send(VendorExchange x, MetaEmulator meta)
    {
        var trace = meta.NextTraceId();
        if (SendBody.Read(x) is not { } body || SendBody.Text(body, "messaging_product") != "whatsapp")
        {
            return GraphErrors.Parameter("The parameter messaging_product is required.", trace);
        }

        var to = SendBody.Text(body, "to");
        var userId = SendBody.Text(body, "recipient");
        if (to is null && userId is null)
        {
            return GraphErrors.Parameter("The parameter to is required.", trace);
        }

        var digits = to is null ? null : new string([.. to.Where(char.IsAsciiDigit)]);
        var conversation = digits is not null
            ? meta.Inbox.FindByCustomer(MetaChannel.WhatsApp, digits)
            : meta.Inbox.FindByCustomer(MetaChannel.WhatsApp, userId!);
        var type = SendBody.Text(body, "type") ?? "text";
        string? text;
        if (type == "template")
        {
            text = SendBody.Text(body, "template", "name");
            var language = SendBody.Text(body, "template", "language", "code") ?? "en_US";
            if (text is null || !meta.Knobs.ApprovedTemplates.Contains(text))
            {
                meta.Vendor.Counters.Increment("sendsRefused");
                return GraphErrors.UnknownTemplate(text ?? "", language, trace);
            }
        }
        else
        {
            text = type == "text" ? SendBody.Text(body, "text", "body") : null;
            if (type == "text" && text is null)
            {
                return GraphErrors.Parameter("The parameter text['body'] is required.", trace);
            }

            if (conversation?.LastInboundAt is not { } last || x.Now - last > TimeSpan.FromHours(24))
            {
                meta.Vendor.Counters.Increment("sendsRefused");
                if (!meta.Knobs.WindowRefusalAsFailedStatus)
                {
                    return GraphErrors.ReEngagement(trace);
                }

                return FailLater(x, meta, conversation, to ?? userId!, digits, userId, type, text);
            }
        }

        var id = meta.Ids.NextMessage(MetaChannel.WhatsApp, digits ?? userId!);
        meta.Sends.Add(new MetaSend(MetaChannel.WhatsApp, to ?? userId!, id, text, type, null, x.Now));
        meta.Vendor.Counters.Increment("sendsAccepted");
        if (conversation is not null)
        {
            var message = new MetaMessage(id, conversation.Id, false, x.Now, type == "template" ? MetaMessageKind.Template : MetaMessageKind.Text, text,
                TemplateName: type == "template" ? text : null, SentThroughApi: true);
            meta.Inbox.Add(conversation, message);
            meta.Webhooks.Publish([.. MetaEvent.Of(conversation, message, read: false)]);
        }

        return Accepted(to ?? userId!, digits, conversation, id, type);
    }

    /// <summary>Accepted now, refused later: the send is answered with its id and a <c>failed</c> status follows.</summary>
    private static VendorAnswer FailLater(VendorExchange x, MetaEmulator meta, MetaConversation? conversation, string input, string? digits, string? userId, string type, string? text)
    {
        var id = meta.Ids.NextMessage(MetaChannel.WhatsApp, digits ?? userId!);
        meta.Sends.Add(new MetaSend(MetaChannel.WhatsApp, input, id, text, type, null, x.Now));
        var target = conversation ?? new MetaConversation("wa_unknown", new MetaContact(MetaChannel.WhatsApp, -1, "", userId ?? "", digits, null));
        var message = new MetaMessage(id, target.Id, false, x.Now, MetaMessageKind.Text, text, SentThroughApi: true);
        meta.Webhooks.Publish([new MetaEvent(target, message, "failed", x.Now)]);
        return Accepted(input, digits, conversation, id, type);
    }

    private static VendorAnswer Accepted(string input, string? digits, MetaConversation? conversation, string id, string type)
    {
        var contact = new JsonObject { ["input"] = input };
        if ((conversation?.Contact.WaId ?? digits) is { } waId)
        {
            contact["wa_id"] = waId;
        }

        if (conversation?.Contact.UserId is { } bsuid)
        {
            contact["user_id"] = bsuid;
        }

        var sent = new JsonObject { ["id"] = id };
        if (type == "template")
        {
            sent["message_status"] = "accepted";
        }

        return VendorAnswer.Text(200, new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(contact),
            ["messages"] = new JsonArray(sent),
        }.ToJsonString());
    }
}

using System.Text.Json;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaPayloadShapeTests
{
    [Fact]
    public async Task WhatsApp_deliveries_have_the_cloud_api_shapes_with_statuses_system_messages_and_withheld_phones()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var backlog = await MetaBacklog.ReceiveAsync(sandbox, receiver);

        Assert.All(backlog.Deliveries, d => Assert.True(d.Verified));
        Assert.All(backlog.Entries("whatsapp_business_account"), e => Assert.Equal(MetaDefaults.WhatsAppBusinessAccountId, e.GetProperty("id").GetString()));
        var values = backlog.WhatsAppValues.ToList();
        Assert.All(values, v =>
        {
            Assert.Equal("whatsapp", v.GetProperty("messaging_product").GetString());
            Assert.Equal(MetaDefaults.PhoneNumberId, v.GetProperty("metadata").GetProperty("phone_number_id").GetString());
        });

        var withMessages = values.Where(v => v.TryGetProperty("messages", out _)).ToList();
        var messages = withMessages.SelectMany(v => v.GetProperty("messages").EnumerateArray()).ToList();
        Assert.All(messages, m =>
        {
            Assert.Matches("^[0-9]{10}$", m.GetProperty("timestamp").GetString());
            Assert.StartsWith("wamid.", m.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Matches(@"^[A-Z]{2}\.[0-9]+$", m.GetProperty("from_user_id").GetString());
        });
        Assert.Contains(messages, m => m.GetProperty("type").GetString() == "text" && m.GetProperty("text").GetProperty("body").GetString()!.Length > 0);
        Assert.Contains(messages, m => m.GetProperty("type").GetString() == "image" && m.GetProperty("image").GetProperty("mime_type").GetString() == "image/jpeg");
        Assert.Contains(messages, m => m.GetProperty("type").GetString() == "interactive"
            && m.GetProperty("interactive").GetProperty("button_reply").GetProperty("id").GetString() is "ORDER_STATUS" or "TALK_TO_AGENT");
        Assert.Contains(messages, m => m.TryGetProperty("context", out var c) && c.GetProperty("id").GetString()!.StartsWith("wamid.", StringComparison.Ordinal));

        // System messages come without contacts; every other message value has them.
        var system = Assert.Single(withMessages, v => v.GetProperty("messages")[0].GetProperty("type").GetString() == "system");
        Assert.False(system.TryGetProperty("contacts", out _));
        Assert.Equal("user_changed_number", system.GetProperty("messages")[0].GetProperty("system").GetProperty("type").GetString());
        Assert.All(withMessages.Where(v => v.GetProperty("messages")[0].GetProperty("type").GetString() != "system"), v => Assert.True(v.TryGetProperty("contacts", out _)));

        // A user who withholds the phone: a business-scoped user id and a username, no wa_id and no "from".
        var contacts = withMessages.Where(v => v.TryGetProperty("contacts", out _)).Select(v => (Contact: v.GetProperty("contacts")[0], Message: v.GetProperty("messages")[0])).ToList();
        var withheld = sandbox.Meta().Inbox.Of(MetaChannel.WhatsApp)[2].Contact;
        Assert.Null(withheld.WaId);
        var (contact, message) = contacts.First(c => c.Contact.GetProperty("user_id").GetString() == withheld.UserId);
        Assert.False(contact.TryGetProperty("wa_id", out _));
        Assert.False(message.TryGetProperty("from", out _));
        Assert.Equal(withheld.Username, contact.GetProperty("profile").GetProperty("username").GetString());
        Assert.All(contacts.Where(c => c.Contact.TryGetProperty("wa_id", out _)), c => Assert.Equal(c.Contact.GetProperty("wa_id").GetString(), c.Message.GetProperty("from").GetString()));

        // The brand's own messages are reported as statuses, without contacts.
        var statuses = values.Where(v => v.TryGetProperty("statuses", out _)).SelectMany(v => v.GetProperty("statuses").EnumerateArray()).ToList();
        Assert.Equal(["delivered", "read", "sent"], statuses.Select(s => s.GetProperty("status").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(statuses, s => Assert.Matches("^[0-9]{10}$", s.GetProperty("timestamp").GetString()));
        Assert.All(statuses.Where(s => !s.TryGetProperty("recipient_id", out _)), s =>
            Assert.Null(sandbox.Meta().Inbox.FindByCustomer(MetaChannel.WhatsApp, s.GetProperty("recipient_user_id").GetString()!)!.Contact.WaId));
        Assert.All(values.Where(v => v.TryGetProperty("statuses", out _)), v => Assert.False(v.TryGetProperty("contacts", out _)));
    }

    [Fact]
    public async Task Messenger_and_instagram_deliveries_carry_echoes_attachments_quick_replies_and_replies()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var backlog = await MetaBacklog.ReceiveAsync(sandbox, receiver);

        foreach (var (name, account) in new[] { ("page", MetaDefaults.PageId), ("instagram", MetaDefaults.InstagramAccountId) })
        {
            var entries = backlog.Entries(name).ToList();
            Assert.NotEmpty(entries);
            Assert.All(entries, e =>
            {
                Assert.Equal(account, e.GetProperty("id").GetString());
                Assert.Equal(JsonValueKind.Number, e.GetProperty("time").ValueKind);
            });
            var events = backlog.Messaging(name).ToList();
            Assert.All(events, m => Assert.InRange(m.GetProperty("timestamp").GetInt64(), 1_000_000_000_000L, 9_999_999_999_999L));
            var echoes = events.Where(m => m.GetProperty("message").TryGetProperty("is_echo", out var e) && e.GetBoolean()).ToList();
            Assert.NotEmpty(echoes);
            Assert.All(echoes, e => Assert.Equal(account, e.GetProperty("sender").GetProperty("id").GetString()));
            Assert.All(events.Except(echoes), m => Assert.Equal(account, m.GetProperty("recipient").GetProperty("id").GetString()));
            var withAttachment = events.First(m => m.GetProperty("message").TryGetProperty("attachments", out _));
            var attachment = withAttachment.GetProperty("message").GetProperty("attachments")[0];
            Assert.Equal("image", attachment.GetProperty("type").GetString());
            Assert.StartsWith("https://", attachment.GetProperty("payload").GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.Contains(events, m => m.GetProperty("message").TryGetProperty("quick_reply", out var q) && q.GetProperty("payload").GetString()!.Length > 0);
            var reply = events.First(m => m.GetProperty("message").TryGetProperty("reply_to", out _)).GetProperty("message").GetProperty("reply_to").GetProperty("mid").GetString();
            Assert.Contains(echoes, e => e.GetProperty("message").GetProperty("mid").GetString() == reply);
        }
    }

    [Fact]
    public async Task Several_events_are_batched_in_one_delivery_now_and_then()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var backlog = await MetaBacklog.ReceiveAsync(sandbox, receiver);

        var sizes = backlog.Deliveries.Select(d => MetaReceiver.MessageIds(d.Body).Count() + d.Json.GetProperty("entry").EnumerateArray()
            .SelectMany(e => e.TryGetProperty("changes", out var c) ? c.EnumerateArray() : default)
            .Sum(c => c.GetProperty("value").TryGetProperty("statuses", out var s) ? s.GetArrayLength() : 0)).ToList();
        Assert.Contains(sizes, s => s == 1);
        Assert.Contains(sizes, s => s > 1);
        Assert.Contains(backlog.Deliveries, d => d.Json.GetProperty("entry").GetArrayLength() > 1);
        Assert.Equal(sandbox.Meta().Webhooks.Deliveries.Sum(d => d.MessageIds.Count), sizes.Sum());
    }
}

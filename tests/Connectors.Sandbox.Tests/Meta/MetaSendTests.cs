using System.Net;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaSendTests
{
    [Fact]
    public async Task A_messenger_reply_inside_24_hours_is_accepted_recorded_echoed_and_in_the_history()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var conversation = Conversation(sandbox, MetaChannel.Messenger, TimeSpan.Zero, TimeSpan.FromHours(24));

        var answer = await sandbox.PostAsync($"{MetaDefaults.PageId}/messages",
            new { recipient = new { id = conversation.Contact.ScopedId }, messaging_type = "RESPONSE", message = new { text = "We are on it!" } });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(conversation.Contact.ScopedId, answer.Json.GetProperty("recipient_id").GetString());
        var mid = answer.Json.GetProperty("message_id").GetString()!;
        Assert.StartsWith("m_", mid, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Meta().Sends.Count(conversation.Contact.ScopedId, "We are on it!"));

        var echo = await receiver.NextAsync();
        var message = echo.Json.GetProperty("entry")[0].GetProperty("messaging")[0].GetProperty("message");
        Assert.True(message.GetProperty("is_echo").GetBoolean());
        Assert.Equal(mid, message.GetProperty("mid").GetString());
        Assert.True(echo.Verified);

        var history = await sandbox.GetAsync($"{conversation.Id}/messages?fields=id,message,from");
        var newest = history.Json.GetProperty("data")[0];
        Assert.Equal(mid, newest.GetProperty("id").GetString());
        Assert.Equal(MetaDefaults.PageId, newest.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task After_24_hours_a_reply_is_refused_but_human_agent_is_accepted_up_to_7_days()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var conversation = Conversation(sandbox, MetaChannel.Instagram, TimeSpan.Zero, TimeSpan.FromHours(23));
        var last = conversation.LastInboundAt!.Value;
        object Body(string type, string? tag = null) => new { recipient = new { id = conversation.Contact.ScopedId }, messaging_type = type, tag, message = new { text = "Sorry for the wait" } };
        Task<GraphAnswer> Send(object body) => sandbox.PostAsync($"{MetaDefaults.InstagramAccountId}/messages", body);

        At(sandbox, last + TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        var lastMinute = await Send(Body("RESPONSE"));
        At(sandbox, last + TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var refused = await Send(Body("RESPONSE"));
        var otherTag = await Send(Body("MESSAGE_TAG", "POST_PURCHASE_UPDATE"));
        var human = await Send(Body("MESSAGE_TAG", "HUMAN_AGENT"));
        At(sandbox, last + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var tooLate = await Send(Body("MESSAGE_TAG", "HUMAN_AGENT"));

        Assert.Equal(HttpStatusCode.OK, lastMinute.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(10, refused.ErrorCode);
        Assert.Equal(2018278, refused.ErrorSubcode);
        Assert.Equal("OAuthException", refused.Json.GetProperty("error").GetProperty("type").GetString());
        Assert.True(refused.Json.GetProperty("error").TryGetProperty("fbtrace_id", out _));
        Assert.Equal(10, otherTag.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, human.Status);
        Assert.Equal(10, tooLate.ErrorCode);
        Assert.Equal([("RESPONSE", null), ("MESSAGE_TAG", "HUMAN_AGENT")], sandbox.Meta().Sends.All.Select(s => (s.MessagingType, s.Tag)));
        Assert.All(sandbox.Meta().Sends.All, s => Assert.Equal(MetaChannel.Instagram, s.Channel));
    }

    [Fact]
    public async Task WhatsApp_text_needs_the_24_hour_window_and_a_template_works_outside_it()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var conversation = Conversation(sandbox, MetaChannel.WhatsApp, TimeSpan.Zero, TimeSpan.FromHours(23), withPhone: true);
        var last = conversation.LastInboundAt!.Value;
        object Text(string to) => new { messaging_product = "whatsapp", recipient_type = "individual", to, type = "text", text = new { body = "Your parcel ships today" } };
        object Template(string name) => new { messaging_product = "whatsapp", to = conversation.Contact.WaId, type = "template", template = new { name, language = new { code = "de" } } };
        Task<GraphAnswer> Send(object body) => sandbox.PostAsync($"{MetaDefaults.PhoneNumberId}/messages", body);

        At(sandbox, last + TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        var ok = await Send(Text("+" + conversation.Contact.WaId));
        At(sandbox, last + TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var late = await Send(Text(conversation.Contact.WaId!));
        var template = await Send(Template("order_update"));
        var unknown = await Send(Template("not_approved"));

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal("whatsapp", ok.Json.GetProperty("messaging_product").GetString());
        Assert.Equal(conversation.Contact.WaId, ok.Json.GetProperty("contacts")[0].GetProperty("wa_id").GetString());
        Assert.Equal("+" + conversation.Contact.WaId, ok.Json.GetProperty("contacts")[0].GetProperty("input").GetString());
        Assert.StartsWith("wamid.", ok.Json.GetProperty("messages")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, late.Status);
        Assert.Equal(131047, late.ErrorCode);
        Assert.Equal("whatsapp", late.Json.GetProperty("error").GetProperty("error_data").GetProperty("messaging_product").GetString());
        Assert.Equal(HttpStatusCode.OK, template.Status);
        Assert.Equal("accepted", template.Json.GetProperty("messages")[0].GetProperty("message_status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(132001, unknown.ErrorCode);
        Assert.Equal(["text", "template"], sandbox.Meta().Sends.All.Select(s => s.MessagingType));

        // The business's messages come back as statuses, never as messages.
        var first = await receiver.NextAsync();
        var status = first.Json.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value").GetProperty("statuses")[0];
        Assert.Equal(ok.Json.GetProperty("messages")[0].GetProperty("id").GetString(), status.GetProperty("id").GetString());
        Assert.Equal("sent", status.GetProperty("status").GetString());
        Assert.Equal(conversation.Contact.WaId, status.GetProperty("recipient_id").GetString());
    }

    [Fact]
    public async Task Optionally_a_late_whatsapp_text_is_accepted_and_then_reported_failed_with_131047()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver, k => k with { WindowRefusalAsFailedStatus = true });
        var conversation = Conversation(sandbox, MetaChannel.WhatsApp, TimeSpan.FromDays(2), TimeSpan.FromDays(60), withPhone: true);

        var answer = await sandbox.PostAsync($"{MetaDefaults.PhoneNumberId}/messages",
            new { messaging_product = "whatsapp", to = conversation.Contact.WaId, type = "text", text = new { body = "Still there?" } });
        var delivery = await receiver.NextAsync();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var status = delivery.Json.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value").GetProperty("statuses")[0];
        Assert.Equal(answer.Json.GetProperty("messages")[0].GetProperty("id").GetString(), status.GetProperty("id").GetString());
        Assert.Equal("failed", status.GetProperty("status").GetString());
        Assert.Equal(131047, status.GetProperty("errors")[0].GetProperty("code").GetInt32());
        Assert.False(status.TryGetProperty("pricing", out _));
        Assert.DoesNotContain(conversation.Messages, m => m.Text == "Still there?");
    }

    [Fact]
    public async Task A_whatsapp_user_without_a_phone_is_reached_by_the_business_scoped_user_id()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var withheld = sandbox.Meta().Inbox.Of(MetaChannel.WhatsApp).First(c => c.Contact.WaId is null);
        var fresh = sandbox.Meta().Webhooks.DeliverInbound(withheld, "Is my parcel lost?");

        var answer = await sandbox.PostAsync($"{MetaDefaults.PhoneNumberId}/messages", new
        {
            messaging_product = "whatsapp", recipient = withheld.Contact.UserId, type = "text", text = new { body = "Thanks!" },
        });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(withheld.Contact.UserId, answer.Json.GetProperty("contacts")[0].GetProperty("user_id").GetString());
        Assert.False(answer.Json.GetProperty("contacts")[0].TryGetProperty("wa_id", out _));
        Assert.True(fresh.FromCustomer);
    }

    [Fact]
    public async Task Bad_sends_answer_graph_parameter_errors()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        var noRecipient = await sandbox.PostAsync($"{MetaDefaults.PageId}/messages", new { messaging_type = "RESPONSE", message = new { text = "hi" } });
        var noType = await sandbox.PostAsync($"{MetaDefaults.PageId}/messages", new { recipient = new { id = "1" }, message = new { text = "hi" } });
        var stranger = await sandbox.PostAsync($"{MetaDefaults.PageId}/messages", new { recipient = new { id = "1" }, messaging_type = "RESPONSE", message = new { text = "hi" } });
        var notWhatsApp = await sandbox.PostAsync($"{MetaDefaults.PhoneNumberId}/messages", new { to = "15551234567", type = "text", text = new { body = "hi" } });

        Assert.All(new[] { noRecipient, noType, stranger, notWhatsApp }, a => Assert.Equal(100, a.ErrorCode));
        Assert.Equal(2018001, stranger.ErrorSubcode);
        Assert.Empty(sandbox.Meta().Sends.All);
    }

    /// <summary>Moves the sandbox clock forward to <paramref name="at"/>.</summary>
    private static void At(SandboxHarness sandbox, DateTimeOffset at) => sandbox.Clock.Advance(at - sandbox.Clock.GetUtcNow());

    /// <summary>A seeded conversation whose customer last wrote between the two ages before the sandbox clock.</summary>
    private static MetaConversation Conversation(SandboxHarness sandbox, MetaChannel channel, TimeSpan youngest, TimeSpan oldest, bool withPhone = false)
    {
        var now = sandbox.Clock.GetUtcNow();
        return sandbox.Meta().Inbox.Of(channel).First(c => now - c.LastInboundAt!.Value > youngest && now - c.LastInboundAt.Value < oldest && (!withPhone || c.Contact.WaId is not null));
    }
}

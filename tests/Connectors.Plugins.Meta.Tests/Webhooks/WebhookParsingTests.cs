using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Plugins.Meta.Tests.Webhooks;

/// <summary>The emulator's webhooks of the three shapes, parsed as the host would after verifying them.</summary>
public sealed class WebhookParsingTests : IAsyncLifetime
{
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    [Theory]
    [InlineData("whatsapp")]
    [InlineData("messenger")]
    [InlineData("instagram")]
    public void Every_customer_message_of_the_backlog_becomes_one_inbound_message_keyed_by_its_id(string channel)
    {
        var batches = _meta.ParseBacklog(channel);
        var conversations = _meta.Meta.Inbox.Of(MetaFixture.ChannelOf(channel));
        var inbound = conversations.SelectMany(c => c.Messages).Where(m => m.FromCustomer && m.Kind != MetaMessageKind.System).ToList();
        var messages = batches.SelectMany(b => b.Messages).ToList();

        Assert.All(batches, b => Assert.Empty(b.Problems));
        Assert.Equal(inbound.Select(m => m.Id).Order(), messages.Where(m => m.Direction == MessageDirection.Inbound).Select(m => m.SourceId).Order());
        Assert.All(messages, m => Assert.Equal(channel, m.Channel));
        var first = inbound[0];
        var stored = messages.Single(m => m.SourceId == first.Id);
        Assert.Equal(first.At.ToUnixTimeSeconds(), stored.SentAt.ToUnixTimeSeconds());
        Assert.Equal(stored.SentAt.AddHours(24), stored.ReplyWindowEndsAt);
        Assert.Equal(stored.CustomerSourceId, stored.ThreadKey);
    }

    [Fact]
    public void Messenger_keeps_millisecond_times_echoes_as_outbound_messages_and_quick_replies_and_images_as_messages_only()
    {
        var batches = _meta.ParseBacklog("messenger");
        var messages = batches.SelectMany(b => b.Messages).ToList();
        var feedback = batches.SelectMany(b => b.Feedback).ToList();
        var all = _meta.Meta.Inbox.Of(MetaChannel.Messenger).SelectMany(c => c.Messages).ToList();
        var echo = all.First(m => !m.FromCustomer);
        var quick = all.First(m => m.FromCustomer && m.QuickReplyPayload is not null);
        var image = all.First(m => m.FromCustomer && m.Kind == MetaMessageKind.Image);
        var text = all.First(m => m.FromCustomer && m.Kind == MetaMessageKind.Text && m.QuickReplyPayload is null && m.Text is not null);

        Assert.Equal(MessageDirection.Outbound, messages.Single(m => m.SourceId == echo.Id).Direction);
        Assert.Equal(MetaDefaults.PageId, messages.Single(m => m.SourceId == echo.Id).SenderId);
        Assert.DoesNotContain(feedback, f => f.SourceId.EndsWith(echo.Id, StringComparison.Ordinal) || f.SourceId.EndsWith(quick.Id, StringComparison.Ordinal));
        Assert.Contains(image.Media!, messages.Single(m => m.SourceId == image.Id).Text, StringComparison.Ordinal);
        Assert.Equal(text.At.ToUnixTimeMilliseconds(), messages.Single(m => m.SourceId == text.Id).SentAt.ToUnixTimeMilliseconds());
        var item = feedback.Single(f => f.SourceId.EndsWith("/" + text.Id, StringComparison.Ordinal));
        Assert.Equal((FeedbackKinds.Message, text.Text), (item.Kind, item.Body));
        Assert.Equal(_meta.Meta.Inbox.Find(text.ConversationId)!.Contact.ScopedId + "/" + text.Id, item.SourceId);
    }

    [Fact]
    public void WhatsApp_customers_are_their_phone_in_E164_or_their_user_id_when_the_phone_is_withheld_and_system_messages_are_skipped()
    {
        var batches = _meta.ParseBacklog("whatsapp");
        var customers = batches.SelectMany(b => b.Customers).ToList();
        var conversations = _meta.Meta.Inbox.Of(MetaChannel.WhatsApp);
        var withPhone = conversations.First(c => c.Contact.WaId is not null).Contact;
        var withheld = conversations[2].Contact;

        var known = customers.First(c => c.SourceId == withPhone.UserId);
        Assert.Equal("+" + withPhone.WaId, known.Phone);
        Assert.Equal(withPhone.Name, known.Name);
        Assert.Contains(new CustomerIdentity(Channels.WhatsApp, withPhone.UserId!), known.Identities);
        Assert.Null(withheld.WaId);
        var hidden = customers.First(c => c.SourceId == withheld.UserId);
        Assert.Null(hidden.Phone);
        Assert.DoesNotContain(customers, c => c.SourceId is "+" or "" || c.Phone == "+");
        var system = conversations[3].Messages.Single(m => m.Kind == MetaMessageKind.System);
        Assert.DoesNotContain(batches.SelectMany(b => b.Messages), m => m.SourceId == system.Id);
        var answerable = batches.SelectMany(b => b.Feedback).First(f => f.CustomerSourceId == withPhone.UserId);
        Assert.StartsWith("+" + withPhone.WaId + "/wamid.", answerable.SourceId, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatsApp_button_replies_are_messages_with_their_title_and_image_captions_are_feedback()
    {
        var batches = _meta.ParseBacklog("whatsapp");
        var messages = batches.SelectMany(b => b.Messages).ToDictionary(m => m.SourceId);
        var feedback = batches.SelectMany(b => b.Feedback).ToList();
        var all = _meta.Meta.Inbox.Of(MetaChannel.WhatsApp).SelectMany(c => c.Messages).Where(m => m.FromCustomer).ToList();
        var button = all.First(m => m.QuickReplyPayload is not null);
        var captioned = all.First(m => m.Kind == MetaMessageKind.Image && m.Text is not null);
        var bare = all.FirstOrDefault(m => m.Kind == MetaMessageKind.Image && m.Text is null);

        Assert.Equal(button.Text, messages[button.Id].Text);
        Assert.DoesNotContain(feedback, f => f.SourceId.EndsWith("/" + button.Id, StringComparison.Ordinal));
        Assert.Equal(captioned.Text, feedback.Single(f => f.SourceId.EndsWith("/" + captioned.Id, StringComparison.Ordinal)).Body);
        if (bare is not null)
        {
            Assert.Equal($"[image {bare.Media}]", messages[bare.Id].Text);
        }
    }

    [Fact]
    public async Task Statuses_store_nothing_and_a_duplicate_delivery_parses_to_the_same_keys()
    {
        var source = _meta.Source("whatsapp");
        var conversation = _meta.Meta.Inbox.Of(MetaChannel.WhatsApp).First(c => c.Contact.WaId is not null && c.LastInboundAt > TimeProvider.System.GetUtcNow().AddHours(-23));
        var answered = conversation.Messages.Last(m => m.FromCustomer).Id;
        var before = _meta.Meta.Webhooks.Deliveries.Count;
        await source.ReplyAsync($"+{conversation.Contact.WaId}/{answered}", "Thanks!", CancellationToken.None);
        var statuses = _meta.Meta.Webhooks.Deliveries.Skip(before).ToList();
        _meta.Meta.Webhooks.DeliverInbound(conversation, "And one more question");
        var message = _meta.Meta.Webhooks.Deliveries[^1];

        var fromStatuses = statuses.Select(d => source.Parse(MetaFixture.Request(d))).ToList();
        var duplicate = _meta.Meta.Webhooks.SendDuplicate(message.Id);

        Assert.NotEmpty(statuses);
        Assert.All(statuses, d => Assert.Contains("\"statuses\"", Text(d), StringComparison.Ordinal));
        Assert.All(fromStatuses, b => Assert.Equal(0, b.RecordCount + b.Problems.Count));
        Assert.Equal(
            source.Parse(MetaFixture.Request(message)).Messages.Select(m => m.SourceId),
            source.Parse(MetaFixture.Request(duplicate)).Messages.Select(m => m.SourceId));
    }

    private static string Text(Connectors.Sandbox.Meta.Webhooks.MetaDelivery d) => System.Text.Encoding.UTF8.GetString(d.Body.Span);

    [Fact]
    public void Another_accounts_entries_and_another_objects_deliveries_are_reported_not_stored()
    {
        var forMessenger = _meta.Meta.Webhooks.DeliverNewInbound(1, MetaChannel.Messenger);
        var delivery = _meta.Meta.Webhooks.Deliveries[^1];
        var otherPage = MetaFixture.Options(_meta.Sandbox, "messenger");
        otherPage.PageId = "999999999999";

        var wrongPage = _meta.Source(otherPage).Parse(MetaFixture.Request(delivery));
        var wrongObject = _meta.Source("instagram").Parse(MetaFixture.Request(delivery));

        Assert.Single(forMessenger);
        Assert.Equal(0, wrongPage.RecordCount + wrongObject.RecordCount);
        Assert.Contains("999999999999", Assert.Single(wrongPage.Problems).Reason, StringComparison.Ordinal);
        Assert.Contains("instagram", Assert.Single(wrongObject.Problems).Reason, StringComparison.Ordinal);
    }
}

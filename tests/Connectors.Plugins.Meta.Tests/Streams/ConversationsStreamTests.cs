using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Plugins.Meta.Tests.Streams;

/// <summary>The conversations history through the emulator's Graph API: backfill by cursor, gaps healed, Instagram's limit.</summary>
public sealed class ConversationsStreamTests : IAsyncLifetime
{
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    [Fact]
    public async Task A_backfill_reads_every_Messenger_message_page_by_page_with_named_customers()
    {
        var batches = await MetaFixture.ReadAllAsync(_meta.Source("messenger", pageSize: 5));
        var conversations = _meta.Meta.Inbox.Of(MetaChannel.Messenger);
        var messages = batches.SelectMany(b => b.Messages).ToList();

        Assert.True(batches.Count >= 3, $"{batches.Count} batches");
        Assert.Equal(conversations.SelectMany(c => c.Messages).Select(m => m.Id).Order(), messages.Select(m => m.SourceId).Order());
        var contact = conversations[0].Contact;
        var customer = batches.SelectMany(b => b.Customers).First(c => c.SourceId == contact.ScopedId);
        Assert.Equal(contact.Name, customer.Name);
        Assert.Contains(new CustomerIdentity(Channels.Messenger, contact.ScopedId), customer.Identities);
        Assert.All(messages.Where(m => m.Direction == MessageDirection.Outbound), m => Assert.Equal(MetaDefaults.PageId, m.SenderId));
        Assert.Contains("\"through\"", batches[^1].Checkpoint, StringComparison.Ordinal);
        Assert.Contains("\"pass\"", batches[0].Checkpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_missed_while_delivery_was_paused_are_read_from_the_last_checkpoint()
    {
        var source = _meta.Source("messenger");
        var checkpoint = (await MetaFixture.ReadAllAsync(source))[^1].Checkpoint;
        _meta.Meta.Knobs = _meta.Meta.Knobs with { DeliveryPaused = true };
        var missed = _meta.Meta.Webhooks.DeliverNewInbound(2, MetaChannel.Messenger);

        var healed = await MetaFixture.ReadAllAsync(source, checkpoint);

        Assert.Equal(missed.Select(m => m.Id).Order(), _meta.Meta.Webhooks.Dropped.Order());
        var ids = healed.SelectMany(b => b.Messages).Select(m => m.SourceId).ToHashSet();
        Assert.All(missed, m => Assert.Contains(m.Id, ids));
        Assert.True(ids.Count < _meta.Meta.Inbox.Of(MetaChannel.Messenger).Sum(c => c.Messages.Count), "only what changed since the checkpoint is read");
        Assert.All(missed, m => Assert.Contains(healed.SelectMany(b => b.Feedback), f => f.SourceId.EndsWith("/" + m.Id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_pass_resumed_from_its_cursor_reads_the_rest()
    {
        var source = _meta.Source("messenger", pageSize: 4);
        var full = await MetaFixture.ReadAllAsync(source);

        var rest = await MetaFixture.ReadAllAsync(source, full[0].Checkpoint);

        Assert.Equal(
            full.SelectMany(b => b.Messages).Select(m => m.SourceId).Order(),
            full[0].Messages.Concat(rest.SelectMany(b => b.Messages)).Select(m => m.SourceId).Order());
    }

    [Fact]
    public async Task Instagram_history_holds_only_the_20_most_recent_messages_of_a_conversation()
    {
        var batches = await MetaFixture.ReadAllAsync(_meta.Source("instagram"));
        var longest = _meta.Meta.Inbox.Of(MetaChannel.Instagram)[0];
        var read = batches.SelectMany(b => b.Messages).Where(m => m.ThreadKey == longest.Contact.ScopedId).Select(m => m.SourceId).ToList();

        Assert.Equal(25, longest.Messages.Count);
        Assert.Equal(longest.Messages.TakeLast(20).Select(m => m.Id).Order(), read.Order());
        Assert.Equal(longest.Contact.Username, batches.SelectMany(b => b.Customers).First(c => c.SourceId == longest.Contact.ScopedId).Name);
    }

    [Fact]
    public async Task WhatsApp_reads_nothing_and_says_why()
    {
        var batches = await MetaFixture.ReadAllAsync(_meta.Source("whatsapp"));

        Assert.Empty(batches);
        Assert.Contains(_meta.Log.Entries, e => e.Message.Contains("WhatsApp has no API", StringComparison.Ordinal));
    }
}

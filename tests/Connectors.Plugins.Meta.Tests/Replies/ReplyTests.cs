using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Plugins.Meta.Tests.Replies;

/// <summary>Answers in the customer's thread against the emulator: the 24-hour window, HUMAN_AGENT, refusals, no double send.</summary>
public sealed class ReplyTests : IAsyncLifetime
{
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    /// <summary>Conversation #k's last customer message: inside 24 h when k mod 4 = 0, up to 6.5 days when 1, 8-40 days when 2.</summary>
    private (string SourceId, string Recipient) Answerable(MetaChannel channel, int k)
    {
        var conversation = _meta.Meta.Inbox.Of(channel)[k];
        var last = conversation.Messages.Last(m => m.FromCustomer && m.Kind != MetaMessageKind.System);
        var recipient = channel == MetaChannel.WhatsApp
            ? (conversation.Contact.WaId is { } wa ? "+" + wa : conversation.Contact.ScopedId)
            : conversation.Contact.ScopedId;
        return (recipient + "/" + last.Id, channel == MetaChannel.WhatsApp ? recipient.TrimStart('+') : recipient);
    }

    private static ReplyRequest Request(string sourceId, string text) => new() { IdempotencyKey = "meta:reply:1", SourceId = sourceId, Text = text };

    [Theory]
    [InlineData("messenger")]
    [InlineData("instagram")]
    public async Task Inside_24_hours_the_reply_is_a_RESPONSE_and_posting_it_again_finds_it_instead_of_sending_twice(string channel)
    {
        var (sourceId, psid) = Answerable(MetaFixture.ChannelOf(channel), 0);
        IReplyTarget target = _meta.Source(channel);

        var first = await target.PostReplyAsync(Request(sourceId, "We are on it!"), CancellationToken.None);
        var again = await target.PostReplyAsync(Request(sourceId, "We are on it!"), CancellationToken.None);

        Assert.Equal((SinkOutcome.Done, SinkOutcome.Done), (first.Outcome, again.Outcome));
        Assert.Equal(first.SinkId, again.SinkId);
        Assert.Equal(1, _meta.Meta.Sends.Count(psid, "We are on it!"));
        Assert.Equal("RESPONSE", _meta.Meta.Sends.All.Single().MessagingType);
    }

    [Fact]
    public async Task Between_24_hours_and_7_days_Messenger_is_answered_with_the_HUMAN_AGENT_tag()
    {
        var (sourceId, psid) = Answerable(MetaChannel.Messenger, 1);

        var result = await ((IReplyTarget)_meta.Source("messenger")).PostReplyAsync(Request(sourceId, "Sorry for the wait."), CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var send = _meta.Meta.Sends.All.Single();
        Assert.Equal((psid, "MESSAGE_TAG", "HUMAN_AGENT"), (send.Recipient, send.MessagingType, send.Tag));
    }

    [Theory]
    [InlineData("messenger")]
    [InlineData("whatsapp")]
    public async Task Outside_the_window_the_reply_is_refused_for_good_with_the_window_named(string channel)
    {
        var (sourceId, _) = Answerable(MetaFixture.ChannelOf(channel), 2);
        IReplyTarget target = _meta.Source(channel);

        var result = await target.PostReplyAsync(Request(sourceId, "Still there?"), CancellationToken.None);
        var direct = await Assert.ThrowsAsync<ReplyRefusedException>(() => target.ReplyAsync(sourceId, "Still there?", CancellationToken.None));

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.Contains("24-hour", result.Error, StringComparison.Ordinal);
        Assert.Contains("window", direct.Message, StringComparison.Ordinal);
        Assert.Empty(_meta.Meta.Sends.All);
    }

    [Fact]
    public async Task WhatsApp_inside_24_hours_sends_a_text_to_the_number_and_a_withheld_number_by_user_id()
    {
        var (toPhone, digits) = Answerable(MetaChannel.WhatsApp, 0);
        var withheld = _meta.Meta.Inbox.Of(MetaChannel.WhatsApp).Select((c, k) => (c, k)).First(x => x.k % 4 == 0 && x.c.Contact.WaId is null);
        var (toUser, userId) = Answerable(MetaChannel.WhatsApp, withheld.k);
        IReplyTarget target = _meta.Source("whatsapp");

        var byPhone = await target.PostReplyAsync(Request(toPhone, "Your parcel left today."), CancellationToken.None);
        var byUser = await target.PostReplyAsync(Request(toUser, "Your parcel left today."), CancellationToken.None);

        Assert.Equal((SinkOutcome.Done, SinkOutcome.Done), (byPhone.Outcome, byUser.Outcome));
        Assert.StartsWith("wamid.", byPhone.SinkId, StringComparison.Ordinal);
        Assert.Equal(1, _meta.Meta.Sends.Count(digits, "Your parcel left today."));
        Assert.Equal(1, _meta.Meta.Sends.Count(userId, "Your parcel left today."));
    }

    [Fact]
    public async Task A_source_id_that_is_no_stored_message_is_refused()
    {
        var result = await ((IReplyTarget)_meta.Source("messenger")).PostReplyAsync(Request("no-separator", "Hi"), CancellationToken.None);

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.Contains("not a customer message", result.Error, StringComparison.Ordinal);
    }
}

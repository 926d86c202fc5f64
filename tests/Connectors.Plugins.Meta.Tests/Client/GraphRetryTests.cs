using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta.Data;
using Connectors.TestKit;

namespace Connectors.Plugins.Meta.Tests.Client;

/// <summary>Graph's throttling (429 as code 4), transient 5xx and malformed bodies, injected by the emulator, are retried with backoff.</summary>
public sealed class GraphRetryTests : IAsyncLifetime
{
    private readonly SleepSkippingClock _clock = new(TimeProvider.System.GetUtcNow());
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    private MetaSource Source(string channel) => _meta.Source(MetaFixture.Options(_meta.Sandbox, channel), _clock);

    [Fact]
    public async Task A_history_read_through_throttling_and_server_errors_gives_the_same_messages()
    {
        var clean = await MetaFixture.ReadAllAsync(Source("messenger"));
        _meta.Sandbox.Vendor("meta").Faults.Set(new FaultSettings { ThrottleShare = 0.25, ServerErrorShare = 0.15, MalformedShare = 0.1 });

        var faulty = await MetaFixture.ReadAllAsync(Source("messenger"));

        Assert.Equal(clean.SelectMany(b => b.Messages).Select(m => m.SourceId).Order(), faulty.SelectMany(b => b.Messages).Select(m => m.SourceId).Order());
        Assert.True(_clock.Slept > TimeSpan.Zero, "the client backed off");
        Assert.Contains(_meta.Log.Entries, e => e.Message.Contains("throttled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_throttled_send_is_sent_once_when_Graph_lets_it_through()
    {
        var conversation = _meta.Meta.Inbox.Of(MetaChannel.Messenger)[0];
        var answered = conversation.Messages.Last(m => m.FromCustomer).Id;
        _meta.Sandbox.Vendor("meta").Faults.Set(new FaultSettings { ThrottleShare = 0.5 });

        var result = await ((IReplyTarget)Source("messenger")).PostReplyAsync(
            new ReplyRequest { IdempotencyKey = "k", SourceId = $"{conversation.Contact.ScopedId}/{answered}", Text = "On its way." }, CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.Equal(1, _meta.Meta.Sends.Count(conversation.Contact.ScopedId, "On its way."));
    }
}

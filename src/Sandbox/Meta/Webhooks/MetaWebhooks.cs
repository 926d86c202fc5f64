using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>
/// Delivers webhooks to the callback, one POST at a time and in order: signed over the exact body bytes, several events
/// batched now and then, redelivered with doubling backoff while the receiver answers non-2xx or too slowly, every attempt
/// recorded. Also sends forged and duplicate deliveries, runs the verification handshake and drops events while paused.
/// </summary>
public sealed class MetaWebhooks : IAsyncDisposable
{
    private static readonly ulong BatchStream = SandboxHash.Stream("meta/batch");
    private static readonly ulong ChallengeStream = SandboxHash.Stream("meta/challenge");
    private readonly MetaEmulator _meta;
    private readonly Channel<MetaDelivery> _queue = Channel.CreateUnbounded<MetaDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<MetaDelivery> _deliveries = new();
    private readonly ConcurrentQueue<MetaDeliveryAttempt> _attempts = new();
    private readonly ConcurrentQueue<string> _dropped = new();
    private readonly CallbackClient _client;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _compose = new();
    private readonly Task _pump;
    private long _ids;
    private long _pending;
    private long _challenges;
    private long _forged;

    internal MetaWebhooks(MetaEmulator meta)
    {
        _meta = meta;
        _client = new CallbackClient(meta.Clock, meta.Options.AppSecret);
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>Every delivery composed so far, oldest first.</summary>
    public IReadOnlyList<MetaDelivery> Deliveries => [.. _deliveries];

    /// <summary>Every attempt so far, oldest first.</summary>
    public IReadOnlyList<MetaDeliveryAttempt> Attempts => [.. _attempts];

    /// <summary>Ids of the messages whose events were dropped while delivery was paused (the gap).</summary>
    public IReadOnlyList<string> Dropped => [.. _dropped];

    /// <summary>Deliveries not yet finished (queued or being attempted).</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>The attempts of one delivery.</summary>
    public IReadOnlyList<MetaDeliveryAttempt> AttemptsOf(long deliveryId) => [.. _attempts.Where(a => a.DeliveryId == deliveryId)];

    /// <summary>
    /// Queues every seeded message's events (messages, echoes, statuses) in time order; of one channel only when
    /// <paramref name="channel"/> is given (as an app subscribes a callback per object).
    /// </summary>
    public IReadOnlyList<MetaDelivery> DeliverBacklog(MetaChannel? channel = null) =>
        Publish([.. _meta.Inbox.Conversations.Where(c => channel is null || c.Channel == channel)
            .SelectMany(c => c.Messages.SelectMany(m => MetaEvent.Of(c, m))).OrderBy(e => e.At)]);

    /// <summary>
    /// Adds <paramref name="count"/> new customer messages at the sandbox time, to seeded conversations of the channel
    /// (null: the three in turn), and queues their webhooks; returns the messages.
    /// </summary>
    public IReadOnlyList<MetaMessage> DeliverNewInbound(int count, MetaChannel? channel = null)
    {
        var now = _meta.Clock.GetUtcNow();
        var added = new List<(MetaConversation Conversation, MetaMessage Message)>();
        for (var i = 0; i < count; i++)
        {
            added.Add(_meta.NewInbound(channel ?? (MetaChannel)(i % 3), now));
        }

        Publish([.. added.Select(a => new MetaEvent(a.Conversation, a.Message, null, a.Message.At))]);
        return [.. added.Select(a => a.Message)];
    }

    /// <summary>The customer of <paramref name="conversation"/> writes <paramref name="text"/> now; its webhook is queued.</summary>
    public MetaMessage DeliverInbound(MetaConversation conversation, string text)
    {
        var contact = conversation.Contact;
        var message = new MetaMessage(_meta.Ids.NextMessage(conversation.Channel, contact.WaId ?? contact.ScopedId), conversation.Id, true, _meta.Clock.GetUtcNow(), MetaMessageKind.Text, text);
        _meta.Inbox.Add(conversation, message);
        Publish([new MetaEvent(conversation, message, null, message.At)]);
        return message;
    }

    /// <summary>
    /// Queues a delivery of a message that is in no conversation, signed with <paramref name="secret"/> (default: not the
    /// app secret) or carrying <paramref name="signature"/> as given: a receiver must refuse it.
    /// </summary>
    public MetaDelivery SendForged(string? secret = null, string? signature = null)
    {
        var contact = new MetaContact(MetaChannel.Messenger, -1, "Mallory", "9999999999999999", null, null);
        var conversation = new MetaConversation("t_0", contact);
        var message = new MetaMessage("m_forged_" + Interlocked.Increment(ref _forged), conversation.Id, true, _meta.Clock.GetUtcNow(), MetaMessageKind.Text, "Forged message: refuse me");
        var body = MetaPayloads.Build([new MetaEvent(conversation, message, null, message.At)], message.At);
        var delivery = new MetaDelivery(NextId(), "page", body, signature ?? MetaSignature.Sha256(secret ?? "not-the-app-secret", body), [message.Id], true, null);
        Enqueue(delivery);
        return delivery;
    }

    /// <summary>Queues the same bytes and signature as an earlier delivery (the last one when null) again.</summary>
    /// <exception cref="KeyNotFoundException">There is no such delivery.</exception>
    public MetaDelivery SendDuplicate(long? deliveryId = null)
    {
        var original = (deliveryId is { } id ? _deliveries.FirstOrDefault(d => d.Id == id) : _deliveries.LastOrDefault(d => !d.Forged))
            ?? throw new KeyNotFoundException(deliveryId is null ? "no delivery to duplicate yet" : $"no delivery {deliveryId}");
        var duplicate = original with { Id = NextId(), DuplicateOf = original.Id };
        Enqueue(duplicate);
        return duplicate;
    }

    /// <summary>Runs the GET verification handshake against the callback with the verify token (or another one).</summary>
    /// <exception cref="InvalidOperationException">No callback URL is configured.</exception>
    public async Task<MetaVerification> VerifyAsync(string? verifyToken = null, CancellationToken ct = default)
    {
        var callback = _meta.Knobs.CallbackUrl ?? throw new InvalidOperationException("no callbackUrl configured (PATCH /_sandbox/meta/settings)");
        var number = SandboxHash.Of(_meta.Seed, ChallengeStream, Interlocked.Increment(ref _challenges));
        return await _client.VerifyAsync(callback, verifyToken ?? _meta.Options.VerifyToken, number, _meta.Knobs.DeliveryTimeoutMilliseconds, ct);
    }

    /// <summary>Waits until every queued delivery has finished (delivered or given up), or the timeout passes.</summary>
    public async Task<bool> WhenIdleAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (Pending > 0)
        {
            if (watch.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    /// <summary>Composes deliveries of events (batching some) and queues them; drops them while delivery is paused.</summary>
    internal IReadOnlyList<MetaDelivery> Publish(IReadOnlyList<MetaEvent> events)
    {
        var knobs = _meta.Knobs;
        if (knobs.DeliveryPaused)
        {
            foreach (var e in events)
            {
                _dropped.Enqueue(e.Message.Id);
            }

            _meta.Vendor.Counters.Increment("webhooksDropped", events.Count);
            return [];
        }

        var composed = new List<MetaDelivery>();
        lock (_compose)
        {
            for (var i = 0; i < events.Count;)
            {
                var r = new DeterministicRandom(_meta.Seed, BatchStream, Interlocked.Read(ref _ids) + 1);
                var batch = new List<MetaEvent> { events[i++] };
                while (i < events.Count && batch.Count < knobs.MaxBatch && events[i].WebhookObject == batch[0].WebhookObject && r.Chance(knobs.BatchShare))
                {
                    batch.Add(events[i++]);
                }

                var body = MetaPayloads.Build(batch, _meta.Clock.GetUtcNow());
                var delivery = new MetaDelivery(NextId(), batch[0].WebhookObject, body, MetaSignature.Sha256(_meta.Options.AppSecret, body),
                    [.. batch.Select(e => e.Message.Id)], false, null);
                Enqueue(delivery);
                composed.Add(delivery);
            }
        }

        return composed;
    }

    private long NextId() => Interlocked.Increment(ref _ids);

    private void Enqueue(MetaDelivery delivery)
    {
        _deliveries.Enqueue(delivery);
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(delivery);
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                try
                {
                    await DeliverAsync(delivery, _stopping.Token);
                }
                finally
                {
                    Interlocked.Decrement(ref _pending);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task DeliverAsync(MetaDelivery delivery, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var knobs = _meta.Knobs;
            var result = await _client.PostAsync(delivery, attempt, knobs, ct);
            _attempts.Enqueue(result);
            _meta.Vendor.Counters.Increment(result.Succeeded ? "webhooksDelivered" : "webhooksFailed");
            if (result.Succeeded || knobs.CallbackUrl is null || attempt >= knobs.MaxDeliveryAttempts)
            {
                return;
            }

            _meta.Vendor.Counters.Increment("webhooksRedelivered");
            await Task.Delay(TimeSpan.FromMilliseconds(knobs.RetryBackoffMilliseconds * Math.Pow(2, attempt - 1)), ct);
        }
    }

    /// <summary>Stops delivering; queued deliveries are dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _pump;
        _client.Dispose();
        _stopping.Dispose();
    }
}

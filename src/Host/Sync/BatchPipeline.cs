using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Identity;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Connectors.Host.Store.Tables;

namespace Connectors.Host.Sync;

/// <summary>
/// Takes each batch through its stages inside the store's transaction: identity resolution, then enrichment of the
/// new and changed feedback, then the store persists, then routing queues what changed for the sinks (and the review
/// requests of the orders the source offered, where the connector turns them on, and the replies routes draft), so a crash
/// never leaves a change unqueued or an item half-written. One pipeline serves one connector for one run (or one
/// webhook delivery); the store's <see cref="BatchWriter"/> owns the transaction and the checkpoint.
/// </summary>
public sealed class BatchPipeline : IAsyncDisposable
{
    private readonly BatchWriter _writer;
    private readonly PipelineStages _stages;
    private readonly CustomerStore _customers;
    private readonly IdentityResolver _identity;
    private readonly CustomerRefCache _customerRefs;
    private readonly CustomerProfiles _profiles;
    private readonly KeyedTableWriter<FeedbackEntity> _feedback;
    private readonly KeyedTableWriter<MessageEntity> _messages;
    private readonly FeedbackTopicWriter _topics;
    private readonly OutboxWriter _outbox;
    private readonly ReviewRequestWriter _reviewRequests;
    private readonly ReplyDraftWriter _replies;

    private BatchPipeline(BatchWriter writer, PipelineStages stages)
    {
        _writer = writer;
        _stages = stages;
        var connection = writer.Connection;
        _customers = new CustomerStore(connection);
        _identity = new IdentityResolver(_customers, stages.Identity);
        _customerRefs = new CustomerRefCache(connection);
        _profiles = new CustomerProfiles(connection);
        _feedback = new(connection, StoreTables.Feedback, f => f.Key, f => f.ContentHash);
        _messages = new(connection, StoreTables.Messages, m => m.Key, m => m.ContentHash);
        _topics = new FeedbackTopicWriter(connection);
        _outbox = new OutboxWriter(connection);
        _reviewRequests = new ReviewRequestWriter(connection, _outbox);
        _replies = new ReplyDraftWriter(connection, _outbox);
    }

    public static async Task<BatchPipeline> OpenAsync(IStoreConnectionFactory store, PipelineStages stages, CancellationToken ct) =>
        new(await BatchWriter.OpenAsync(store, ct), stages);

    /// <summary>Prepares a batch of <paramref name="connector"/> (pure work on its records; any thread).</summary>
    public PreparedBatch Prepare(string connector, SourceBatch batch, DateTimeOffset now) =>
        PreparedBatch.Of(batch, connector, _stages.RegionOf(connector), now, _stages.Enrichment);

    /// <summary>Writes a batch and commits it at once, with any batches still pending.</summary>
    public Task<WriteCounts> CommitAsync(string connector, string stream, long runId, SourceBatch batch, DateTimeOffset now, CancellationToken ct) =>
        WriteAsync(connector, stream, runId, Prepare(connector, batch, now), now, commitNow: true, ct);

    /// <summary>Writes a batch into the open group of batches (see <see cref="BatchWriter.WriteAsync"/>).</summary>
    public Task<WriteCounts> WriteAsync(
        string connector, string stream, long runId, PreparedBatch prepared, DateTimeOffset now, bool commitNow, CancellationToken ct) =>
        _writer.WriteAsync(connector, stream, runId, prepared.Batch, () => WriteRecordsAsync(connector, prepared, now, ct), now, commitNow, ct);

    /// <summary>Commits the batches written since the last commit; returns their counts.</summary>
    public Task<WriteCounts> CommitPendingAsync(CancellationToken ct) => _writer.CommitPendingAsync(ct);

    /// <summary>Commits a webhook delivery's records with its delivery id; <c>null</c> for a redelivery (nothing written).</summary>
    public Task<WriteCounts?> CommitDeliveryAsync(string connector, string? deliveryId, SourceBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        var prepared = Prepare(connector, batch, now);
        return _writer.CommitDeliveryAsync(connector, deliveryId, batch.RecordCount, () => WriteRecordsAsync(connector, prepared, now, ct), now, ct);
    }

    private async ValueTask<WriteCounts> WriteRecordsAsync(string connector, PreparedBatch prepared, DateTimeOffset now, CancellationToken ct)
    {
        var batch = prepared.Batch;
        _customers.BeginBatch();
        _profiles.BeginBatch();

        // 1. Identity: every customer record to its unified customer.
        var identity = _identity.Resolve(connector, prepared.Customers, batch.Customers.Count, now);
        foreach (var (sourceId, customerId) in identity.CustomerIds)
        {
            _customerRefs.Remember(sourceId, customerId);
        }

        // 2. Feedback: its customer (the author's record, else its order's buyer); what is new or changed.
        var records = new Dictionary<string, FeedbackRecord>(batch.Feedback.Count, StringComparer.Ordinal);
        var rows = new List<FeedbackEntity>(batch.Feedback.Count);
        foreach (var f in batch.Feedback)
        {
            var row = FeedbackRow(connector, f, now);
            records[row.Key] = f;
            rows.Add(row);
        }

        var feedback = _feedback.Classify(rows);
        var items = feedback.Written.Select(row => new FeedbackItem(records[row.Key], row)).ToList();

        // 3. Enrichment of what changed.
        if (!_stages.Enrichment.IsEmpty)
        {
            await _stages.Enrichment.AnnotateAsync(items, prepared.Annotations, _profiles.Get, now, ct);
        }

        // 4. The store persists.
        var counts = identity.Counts + _feedback.Write(feedback);
        var isNew = feedback.New.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items)
        {
            _topics.Set(item.Key, item.Topics, isNew.Contains(item.Key));
            if (item.CustomerId is null && item.Row.OrderKey is { } waiting)
            {
                _customers.NoteWaitingFeedback(waiting);
            }
        }

        var messages = _messages.Classify([.. batch.Messages.Select(m => MessageRows.From(connector, m, CustomerOf(connector, m.CustomerSourceId), now))]);
        counts += _messages.Write(messages);

        // 5. Routing: what changed, to the sinks, in the same transaction.
        QueueOutbound(connector, identity.Changed, items, now);
        if (batch.ReviewRequests.Count > 0 && _stages.SendsReviewRequests(connector))
        {
            _reviewRequests.Write(connector, batch.ReviewRequests, now);
        }

        return counts;
    }

    private FeedbackEntity FeedbackRow(string connector, FeedbackRecord f, DateTimeOffset now)
    {
        if (CustomerOf(connector, f.CustomerSourceId) is { } author)
        {
            return FeedbackRows.From(connector, f, author, "source", now);
        }

        // An answer that names only its order belongs to the order's buyer, whichever connector stored the order.
        if (_stages.Identity.Uses(IdentityOptions.Order) && OrderKey.Normalize(f.OrderId) is { } key && _customers.OrderOwners(key) is [var buyer])
        {
            return FeedbackRows.From(connector, f, _identity.Current(buyer), "order", now);
        }

        return FeedbackRows.From(connector, f, null, null, now);
    }

    private long? CustomerOf(string connector, string? customerSourceId) =>
        _customerRefs.Find(connector, customerSourceId) is { } id ? _identity.Current(id) : null;

    /// <summary>Routes what changed to the sinks, in the same transaction, so no change is ever left unqueued.</summary>
    private void QueueOutbound(string connector, HashSet<long> changedCustomers, List<FeedbackItem> changedFeedback, DateTimeOffset now)
    {
        var router = _stages.Router;
        if (router.IsEmpty)
        {
            return;
        }

        var entries = new List<OutboxEntry>();
        var canReply = _stages.CanReply(connector);
        var customerTargets = router.ForCustomer().ToList();
        entries.AddRange(changedCustomers.SelectMany(id => customerTargets.Select(t =>
            new OutboxEntry(t, "customer", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        foreach (var item in changedFeedback)
        {
            var facts = item.Facts ?? new FeedbackFacts(item.Key, item.Record, item.CustomerId, [], _profiles.Get);
            entries.AddRange(router.ForFeedback(facts).Select(t => new OutboxEntry(t, "feedback", item.Key)));
            // An item answered at its source (or elsewhere) gets no draft; one a route answered before gets no second one.
            if (canReply && item.Record.ReplyState != ReplyState.Answered)
            {
                foreach (var route in router.RepliesFor(facts))
                {
                    _replies.Write(item.Key, connector, route.Name, route.Reply!.SendDirectly, now);
                }
            }
        }

        _outbox.Enqueue(entries, now);
    }

    /// <summary>Rolls back a group left open (a run that stopped without committing it): the next run redoes it from the checkpoint.</summary>
    public async ValueTask DisposeAsync()
    {
        _customers.Dispose();
        _customerRefs.Dispose();
        _profiles.Dispose();
        _feedback.Dispose();
        _messages.Dispose();
        _topics.Dispose();
        _outbox.Dispose();
        _reviewRequests.Dispose();
        _replies.Dispose();
        await _writer.DisposeAsync();
    }
}

using System.Data.Common;
using Connectors.Abstractions;
using Connectors.Host.Routing;

namespace Connectors.Host.Store;

/// <summary>
/// Writes each source batch atomically: its customers, feedback and messages, its problems, the run's counters
/// and the stream's checkpoint, together, so a crash resumes at the last committed batch with nothing lost or doubled.
/// Batches that arrive back to back share one transaction (a group, see <see cref="WriteAsync"/>).
/// Owns an open connection and prepared statements for the life of a sync run.
/// </summary>
public sealed class BatchWriter : IAsyncDisposable
{
    // Enough to find and fix a broken export; a file of a million bad rows must not flood the store.
    private const int MaxProblemsStoredPerBatch = 200;

    /// <summary>A group commits once it holds this many records (its dirty pages fit the store's page cache).</summary>
    public const int MaxGroupRecords = 20_000;

    /// <summary>A group commits once it has been open this long, so readers and other writers never wait long.</summary>
    public static readonly TimeSpan MaxGroupAge = TimeSpan.FromSeconds(1);

    private readonly DbConnection _connection;
    private readonly CustomerUpserter _customers;
    private readonly KeyedTableWriter _feedback;
    private readonly KeyedTableWriter _messages;
    private readonly CustomerRefCache _customerRefs;
    private readonly PreparedCommand _saveCheckpoint;
    private readonly PreparedCommand _countRun;
    private readonly PreparedCommand _addProblem;
    private readonly PreparedCommand _recordDelivery;
    private readonly OutboxWriter _outbox;
    private readonly Router? _router;

    // The open group of batches: committing a transaction appends every page it dirtied to the WAL, and a batch
    // of new customers dirties about one random identity-index page per identity, so one commit per batch wrote
    // most of the index again every few thousand customers. A group of batches shares those pages.
    private DbTransaction? _group;
    private DateTimeOffset _groupStarted;
    private WriteCounts _pending;
    private int _pendingRecords;

    private BatchWriter(DbConnection connection, Router? router)
    {
        _connection = connection;
        _router = router;
        _outbox = new OutboxWriter(connection);
        _customers = new CustomerUpserter(connection);
        _feedback = new KeyedTableWriter(connection, "feedback", FeedbackRows.Columns);
        _messages = new KeyedTableWriter(connection, "messages", MessageRows.Columns);
        _customerRefs = new CustomerRefCache(connection);
        _saveCheckpoint = new(connection,
            """
            INSERT INTO checkpoints (connector, stream, value, updated_at) VALUES (@c, @s, @v, @now)
            ON CONFLICT (connector, stream) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
            """, "@c", "@s", "@v", "@now");
        _countRun = new(connection,
            """
            UPDATE sync_runs SET batches = batches + 1, records_read = records_read + @read, inserted = inserted + @ins,
                updated = updated + @upd, unchanged = unchanged + @same, problems = problems + @prob
            WHERE id = @id
            """, "@read", "@ins", "@upd", "@same", "@prob", "@id");
        _recordDelivery = new(connection,
            "INSERT INTO webhook_deliveries (connector, delivery_id, received_at, records) VALUES (@c, @d, @now, @n) ON CONFLICT DO NOTHING",
            "@c", "@d", "@now", "@n");
        _addProblem = new(connection, "INSERT INTO sync_problems (run_id, location, reason) VALUES (@id, @loc, @reason)", "@id", "@loc", "@reason");
    }

    /// <param name="connections">The store.</param>
    /// <param name="router">Where changed records go; <c>null</c> queues nothing.</param>
    /// <param name="ct">Cancels opening.</param>
    public static async Task<BatchWriter> OpenAsync(IStoreConnectionFactory connections, Router? router, CancellationToken ct) =>
        new(await connections.OpenAsync(ct), router);

    // One writer serves one connector: its customer-id cache is keyed by the connector's source ids.

    /// <summary>
    /// Commits a webhook delivery's records together with its delivery id; returns <c>null</c>, writing nothing,
    /// when that id was stored before (a redelivery). The delivery is its own transaction: commit any open group first.
    /// </summary>
    public async Task<WriteCounts?> CommitDeliveryAsync(string connector, string? deliveryId, SourceBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        if (_group is not null)
        {
            throw new InvalidOperationException("a group of batches is still open on this writer; commit it (CommitPendingAsync) before a webhook delivery");
        }

        await using var tx = await _connection.BeginTransactionAsync(ct);
        if (deliveryId is not null
            && _recordDelivery.Set("@c", connector).Set("@d", deliveryId).Set("@now", now).Set("@n", batch.RecordCount).Execute(tx) == 0)
        {
            return null;
        }

        var counts = WriteRecords(connector, PreparedBatch.Of(batch, now), now, tx);
        await tx.CommitAsync(ct);
        return counts;
    }

    public Task<WriteCounts> CommitAsync(string connector, string stream, long runId, SourceBatch batch, DateTimeOffset now, CancellationToken ct) =>
        CommitAsync(connector, stream, runId, PreparedBatch.Of(batch, now), now, ct);

    /// <summary>Writes a batch prepared ahead (see <see cref="PreparedBatch"/>) and commits it at once, with any batches still pending.</summary>
    public Task<WriteCounts> CommitAsync(
        string connector, string stream, long runId, PreparedBatch prepared, DateTimeOffset now, CancellationToken ct) =>
        WriteAsync(connector, stream, runId, prepared, now, commitNow: true, ct);

    /// <summary>
    /// Writes a batch, with its problems, run counters and checkpoint, into the open group of batches, and commits
    /// the group when it holds <see cref="MaxGroupRecords"/> records, when it has been open for
    /// <see cref="MaxGroupAge"/>, or when <paramref name="commitNow"/> says so. A batch that fails rolls the whole
    /// group back: its batches were never committed, so the next run reads them again from the last checkpoint.
    /// </summary>
    /// <returns>The counts of the batches this call committed: nothing while the group stays open.</returns>
    public async Task<WriteCounts> WriteAsync(
        string connector, string stream, long runId, PreparedBatch prepared, DateTimeOffset now, bool commitNow, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var batch = prepared.Batch;
        if (_group is null)
        {
            _group = await _connection.BeginTransactionAsync(ct);
            _groupStarted = now;
        }

        try
        {
            var counts = WriteRecords(connector, prepared, now, _group);
            foreach (var problem in batch.Problems.Take(MaxProblemsStoredPerBatch))
            {
                _addProblem.Set("@id", runId).Set("@loc", problem.Location).Set("@reason", problem.Reason).Execute(_group);
            }

            _countRun.Set("@read", batch.RecordCount).Set("@ins", counts.Inserted).Set("@upd", counts.Updated)
                .Set("@same", counts.Unchanged).Set("@prob", batch.Problems.Count).Set("@id", runId).Execute(_group);
            if (batch.Checkpoint is { } checkpoint)
            {
                _saveCheckpoint.Set("@c", connector).Set("@s", stream).Set("@v", checkpoint).Set("@now", now).Execute(_group);
            }

            _pending += counts;
            _pendingRecords += batch.RecordCount;
        }
        catch
        {
            await EndGroupAsync();
            throw;
        }

        return commitNow || _pendingRecords >= MaxGroupRecords || now - _groupStarted >= MaxGroupAge
            ? await CommitPendingAsync(ct)
            : default;
    }

    /// <summary>Closes the group (rolled back unless it was committed); returns the counts it held.</summary>
    private async Task<WriteCounts> EndGroupAsync()
    {
        await _group!.DisposeAsync();
        _group = null;
        var held = _pending;
        (_pending, _pendingRecords) = (default, 0);
        return held;
    }

    /// <summary>Commits the batches written since the last commit; returns their counts.</summary>
    public async Task<WriteCounts> CommitPendingAsync(CancellationToken ct)
    {
        if (_group is null)
        {
            return default;
        }

        await _group.CommitAsync(ct);
        return await EndGroupAsync();
    }

    private WriteCounts WriteRecords(string connector, PreparedBatch prepared, DateTimeOffset now, System.Data.Common.DbTransaction tx)
    {
        var batch = prepared.Batch;
        var (counts, customerIds, changedCustomers) = _customers.Write(connector, prepared.Customers, batch.Customers.Count, now, tx);
        foreach (var (sourceId, customerId) in customerIds)
        {
            _customerRefs.Remember(sourceId, customerId);
        }

        var (feedbackCounts, changedFeedback) = _feedback.Write(
            [.. batch.Feedback.Select(f => FeedbackRows.From(connector, f, _customerRefs.Find(connector, f.CustomerSourceId, tx), now))]);
        var (messageCounts, _) = _messages.Write(
            [.. batch.Messages.Select(m => MessageRows.From(connector, m, _customerRefs.Find(connector, m.CustomerSourceId, tx), now))]);
        QueueOutbound(connector, batch, changedCustomers, changedFeedback, now);
        return counts + feedbackCounts + messageCounts;
    }

    /// <summary>Routes what changed to the sinks, in the same transaction, so no change is ever left unqueued.</summary>
    private void QueueOutbound(
        string connector, SourceBatch batch, HashSet<long> changedCustomers, List<KeyedRow> changedFeedback, DateTimeOffset now)
    {
        if (_router is null || _router.IsEmpty)
        {
            return;
        }

        var entries = new List<OutboxEntry>();
        var customerTargets = _router.ForCustomer().ToList();
        entries.AddRange(changedCustomers.SelectMany(id => customerTargets.Select(t => new OutboxEntry(t, "customer", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var feedbackByKey = batch.Feedback.GroupBy(f => RecordKey.For(connector, f.SourceId)).ToDictionary(g => g.Key, g => g.Last());
        foreach (var row in changedFeedback)
        {
            entries.AddRange(_router.ForFeedback(feedbackByKey[row.Key]).Select(t => new OutboxEntry(t, "feedback", row.Key)));
        }

        _outbox.Enqueue(entries, now);
    }

    /// <summary>Rolls back a group left open (a run that stopped without committing it): the next run redoes it from the checkpoint.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_group is not null)
        {
            await _group.DisposeAsync();
        }

        _customers.Dispose();
        _feedback.Dispose();
        _messages.Dispose();
        _customerRefs.Dispose();
        _saveCheckpoint.Dispose();
        _countRun.Dispose();
        _addProblem.Dispose();
        _recordDelivery.Dispose();
        _outbox.Dispose();
        await _connection.DisposeAsync();
    }
}

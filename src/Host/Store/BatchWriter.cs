using System.Data.Common;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>
/// The store's side of writing batches: each batch's records (written by the caller's pipeline through
/// <see cref="Connection"/>), its problems, the run's counters and the stream's checkpoint go into one transaction, so a
/// crash resumes at the last committed batch with nothing lost or doubled. Batches that arrive back to back share one
/// transaction (a group, see <see cref="WriteAsync"/>). Owns an open connection for the life of a sync run.
/// </summary>
public sealed class BatchWriter : IAsyncDisposable
{
    // Enough to find and fix a broken export; a file of a million bad rows must not flood the store.
    private const int MaxProblemsStoredPerBatch = 200;

    /// <summary>A group commits once it holds this many records (its dirty pages fit the store's page cache).</summary>
    public const int MaxGroupRecords = 20_000;

    /// <summary>A group commits once it has been open this long, so readers and other writers never wait long.</summary>
    public static readonly TimeSpan MaxGroupAge = TimeSpan.FromSeconds(1);

    private readonly PreparedCommand _saveCheckpoint;
    private readonly PreparedCommand _countRun;
    private readonly PreparedCommand _addProblem;
    private readonly PreparedCommand _recordDelivery;

    // The open group of batches: committing a transaction appends every page it dirtied to the WAL, and a batch
    // of new customers dirties about one random identity-index page per identity, so one commit per batch wrote
    // most of the index again every few thousand customers. A group of batches shares those pages.
    private DbTransaction? _group;
    private DateTimeOffset _groupStarted;
    private WriteCounts _pending;
    private int _pendingRecords;

    private BatchWriter(DbConnection connection)
    {
        Connection = connection;
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

    /// <summary>The connection every write of a batch goes through, inside the open group's transaction.</summary>
    public DbConnection Connection { get; }

    public static async Task<BatchWriter> OpenAsync(IStoreConnectionFactory connections, CancellationToken ct) =>
        new(await connections.OpenAsync(ct));

    /// <summary>
    /// Commits a webhook delivery's records together with its delivery id; returns <c>null</c>, writing nothing,
    /// when that id was stored before (a redelivery). The delivery is its own transaction: commit any open group first.
    /// </summary>
    public async Task<WriteCounts?> CommitDeliveryAsync(
        string connector, string? deliveryId, int recordCount, Func<ValueTask<WriteCounts>> writeRecords, DateTimeOffset now, CancellationToken ct)
    {
        if (_group is not null)
        {
            throw new InvalidOperationException("a group of batches is still open on this writer; commit it (CommitPendingAsync) before a webhook delivery");
        }

        await using var tx = await Connection.BeginTransactionAsync(ct);
        if (deliveryId is not null
            && _recordDelivery.Set("@c", connector).Set("@d", deliveryId).Set("@now", now).Set("@n", recordCount).Execute(tx) == 0)
        {
            return null;
        }

        var counts = await writeRecords();
        await tx.CommitAsync(ct);
        return counts;
    }

    /// <summary>
    /// Writes a batch (its records through <paramref name="writeRecords"/>, then its problems, run counters and
    /// checkpoint) into the open group of batches, and commits the group when it holds <see cref="MaxGroupRecords"/>
    /// records, when it has been open for <see cref="MaxGroupAge"/>, or when <paramref name="commitNow"/> says so. A
    /// batch that fails rolls the whole group back: its batches were never committed, so the next run reads them
    /// again from the last checkpoint.
    /// </summary>
    /// <returns>The counts of the batches this call committed: nothing while the group stays open.</returns>
    public async Task<WriteCounts> WriteAsync(
        string connector, string stream, long runId, SourceBatch batch, Func<ValueTask<WriteCounts>> writeRecords, DateTimeOffset now,
        bool commitNow, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (_group is null)
        {
            _group = await Connection.BeginTransactionAsync(ct);
            _groupStarted = now;
        }

        try
        {
            var counts = await writeRecords();
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

    /// <summary>Whether a group of batches is open (written, not yet committed).</summary>
    public bool HasPending => _group is not null;

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

    /// <summary>Closes the group (rolled back unless it was committed); returns the counts it held.</summary>
    private async Task<WriteCounts> EndGroupAsync()
    {
        await _group!.DisposeAsync();
        _group = null;
        var held = _pending;
        (_pending, _pendingRecords) = (default, 0);
        return held;
    }

    /// <summary>Rolls back a group left open (a run that stopped without committing it): the next run redoes it from the checkpoint.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_group is not null)
        {
            await _group.DisposeAsync();
        }

        _saveCheckpoint.Dispose();
        _countRun.Dispose();
        _addProblem.Dispose();
        _recordDelivery.Dispose();
        await Connection.DisposeAsync();
    }
}

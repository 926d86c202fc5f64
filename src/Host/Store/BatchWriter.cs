using System.Data.Common;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>
/// Commits one source batch atomically: its customers, feedback and messages, its problems, the run's counters
/// and the stream's checkpoint, in ONE transaction, so a crash resumes at the last batch with nothing lost or doubled.
/// Owns an open connection and prepared statements for the life of a sync run.
/// </summary>
public sealed class BatchWriter : IAsyncDisposable
{
    // Enough to find and fix a broken export; a file of a million bad rows must not flood the store.
    private const int MaxProblemsStoredPerBatch = 200;

    private readonly DbConnection _connection;
    private readonly CustomerUpserter _customers;
    private readonly FeedbackUpserter _feedback;
    private readonly MessageUpserter _messages;
    private readonly CustomerRefCache _customerRefs;
    private readonly PreparedCommand _saveCheckpoint;
    private readonly PreparedCommand _countRun;
    private readonly PreparedCommand _addProblem;

    private BatchWriter(DbConnection connection)
    {
        _connection = connection;
        _customers = new CustomerUpserter(connection);
        _feedback = new FeedbackUpserter(connection);
        _messages = new MessageUpserter(connection);
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
        _addProblem = new(connection, "INSERT INTO sync_problems (run_id, location, reason) VALUES (@id, @loc, @reason)", "@id", "@loc", "@reason");
    }

    public static async Task<BatchWriter> OpenAsync(IStoreConnectionFactory connections, CancellationToken ct) =>
        new(await connections.OpenAsync(ct));

    public async Task<WriteCounts> CommitAsync(
        string connector, string stream, long runId, SourceBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await _connection.BeginTransactionAsync(ct);
        var counts = new WriteCounts();
        foreach (var customer in batch.Customers)
        {
            counts += WriteCounts.Of(await _customers.UpsertAsync(connector, customer, now, tx, ct));
        }

        foreach (var feedback in batch.Feedback)
        {
            var customerId = await _customerRefs.FindAsync(connector, feedback.CustomerSourceId, tx, ct);
            counts += WriteCounts.Of(await _feedback.UpsertAsync(connector, feedback, customerId, now, tx, ct));
        }

        foreach (var message in batch.Messages)
        {
            var customerId = await _customerRefs.FindAsync(connector, message.CustomerSourceId, tx, ct);
            counts += WriteCounts.Of(await _messages.UpsertAsync(connector, message, customerId, now, tx, ct));
        }

        foreach (var problem in batch.Problems.Take(MaxProblemsStoredPerBatch))
        {
            await _addProblem.Set("@id", runId).Set("@loc", problem.Location).Set("@reason", problem.Reason).ExecuteAsync(tx, ct);
        }

        await _countRun.Set("@read", batch.RecordCount).Set("@ins", counts.Inserted).Set("@upd", counts.Updated)
            .Set("@same", counts.Unchanged).Set("@prob", batch.Problems.Count).Set("@id", runId).ExecuteAsync(tx, ct);
        if (batch.Checkpoint is { } checkpoint)
        {
            await _saveCheckpoint.Set("@c", connector).Set("@s", stream).Set("@v", checkpoint).Set("@now", now).ExecuteAsync(tx, ct);
        }

        await tx.CommitAsync(ct);
        return counts;
    }

    public async ValueTask DisposeAsync()
    {
        _customers.Dispose();
        _feedback.Dispose();
        _messages.Dispose();
        _customerRefs.Dispose();
        _saveCheckpoint.Dispose();
        _countRun.Dispose();
        _addProblem.Dispose();
        await _connection.DisposeAsync();
    }
}

using Connectors.Host.Store;

namespace Connectors.Host.Sync;

/// <summary>Opens, finishes and reads the checkpoint of sync runs (the <c>sync_runs</c> and <c>checkpoints</c> tables).</summary>
public sealed class SyncRunLog(IStoreConnectionFactory connections, TimeProvider time)
{
    /// <summary>Records a new running run; an earlier run of the same stream still marked running died with its process.</summary>
    public async Task<long> StartAsync(string connector, string stream, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        using (var interrupt = new PreparedCommand(connection,
            "UPDATE sync_runs SET status = 'interrupted', ended_at = @now, error = 'the process stopped before the run finished' " +
            "WHERE connector = @c AND stream = @s AND status = 'running'", "@now", "@c", "@s"))
        {
            interrupt.Set("@now", now).Set("@c", connector).Set("@s", stream).Execute(tx);
        }

        using var insert = new PreparedCommand(connection,
            "INSERT INTO sync_runs (connector, stream, started_at, status, batches, records_read, inserted, updated, unchanged, problems) " +
            "VALUES (@c, @s, @now, 'running', 0, 0, 0, 0, 0, 0) RETURNING id", "@c", "@s", "@now");
        var id = (long)insert.Set("@c", connector).Set("@s", stream).Set("@now", now).Scalar(tx)!;
        await tx.CommitAsync(ct);
        return id;
    }

    public async Task FinishAsync(long runId, string status, string? error)
    {
        // Not cancellable: a cancelled run must still be recorded as such.
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var tx = await connection.BeginTransactionAsync();
        using var finish = new PreparedCommand(connection,
            "UPDATE sync_runs SET status = @st, ended_at = @now, error = @err WHERE id = @id", "@st", "@now", "@err", "@id");
        finish.Set("@st", status).Set("@now", time.GetUtcNow()).Set("@err", error).Set("@id", runId).Execute(tx);
        await tx.CommitAsync();
    }

    public async Task<string?> CheckpointAsync(string connector, string stream, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        using var read = new PreparedCommand(connection, "SELECT value FROM checkpoints WHERE connector = @c AND stream = @s", "@c", "@s");
        return (string?)read.Set("@c", connector).Set("@s", stream).Scalar(tx);
    }
}

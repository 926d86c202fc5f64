using System.Globalization;
using System.Text;
using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>SIGKILL the host in the middle of a sync, start it again: nothing lost, nothing duplicated, resumed from the checkpoint.</summary>
public sealed class KillResumeTests : IDisposable
{
    private const int Rows = 200_000;
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Killing_the_host_mid_sync_then_restarting_resumes_from_the_last_committed_batch()
    {
        WriteExport(Path.Combine(_dir.Path, "exports", "answers.csv"));
        _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "nps", "plugin": "surveys-csv",
                "options": { "directory": "exports", "scale": "nps-0-10", "batchSize": 1000,
                  "columns": { "responseId": "id", "email": "email", "score": "score", "comment": "comment", "submittedAt": "at" } } } ] }
            """);
        var db = Path.Combine(_dir.Path, "data", "store.db");

        using (var doomed = HostProcess.Start(_dir.Path, ["sync", "nps", "-c", "connectors.json"]))
        {
            await doomed.WaitUntilAsync(() => File.Exists(db) && TryBatches(db) >= 5, "5 committed batches");
            doomed.Kill();
        }

        var committed = StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback");
        Assert.InRange(committed, 1, Rows - 1);
        Assert.Equal("running", StoreQueries.Text(db, "SELECT status FROM sync_runs WHERE id = 1"));

        var resumed = await HostProcess.RunAsync(_dir.Path, ["sync", "nps", "-c", "connectors.json"]);

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(Rows, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(Rows, StoreQueries.Scalar(db, "SELECT COUNT(DISTINCT email) FROM customers"));
        Assert.Equal(Rows, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM customers"));
        // Every record was inserted exactly once across the two runs, and the second run did not re-read the first's batches.
        Assert.Equal(2L * Rows, StoreQueries.Scalar(db, "SELECT SUM(inserted) FROM sync_runs"));
        Assert.Equal(0, StoreQueries.Scalar(db, "SELECT SUM(updated + unchanged) FROM sync_runs"));
        Assert.Equal(2L * Rows, StoreQueries.Scalar(db, "SELECT SUM(records_read) FROM sync_runs"));
        Assert.Equal("interrupted", StoreQueries.Text(db, "SELECT status FROM sync_runs WHERE id = 1"));
        Assert.Equal("{\"files\":{\"answers.csv\":" + Rows + "}}", StoreQueries.Text(db, "SELECT value FROM checkpoints"));
    }

    private static long TryBatches(string db)
    {
        try
        {
            return StoreQueries.Scalar(db, "SELECT COALESCE(MAX(batches), 0) FROM sync_runs");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the schema is still being created
        }
    }

    private static void WriteExport(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var csv = new StringBuilder("id,email,score,comment,at\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"r{i},person{i}@example.com,{i % 11},\"comment number {i}, with a comma\",2026-10-{1 + (i % 28):00}T10:00:00Z\n");
        }

        File.WriteAllText(path, csv.ToString());
    }
}

using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>The README's first command, on the shipped sample config and survey exports.</summary>
public sealed class SampleRunTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_sample_run_stores_customers_and_feedback_and_a_second_run_writes_nothing()
    {
        SampleCopy.Into(_dir.Path);
        var db = Path.Combine(_dir.Path, "data", "connectors.db");

        var first = await HostProcess.RunAsync(_dir.Path, ["sync", "--config", "connectors.json"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Sync summary", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("nps-typeform", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("typeform-nps-2026-10.csv:42", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(65, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(12, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM customers"));
        Assert.Equal(2, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_problems"));

        var second = await HostProcess.RunAsync(_dir.Path, ["sync", "--config", "connectors.json"]);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(0, StoreQueries.Scalar(db, "SELECT SUM(inserted + updated) FROM sync_runs WHERE id > 2"));
        Assert.Equal(2, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_runs WHERE id > 2 AND status = 'succeeded'"));
        Assert.Equal(65, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback"));

        var status = await HostProcess.RunAsync(_dir.Path, ["status", "-c", "connectors.json"]);

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("12 customers, 65 feedback items", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("typeform-nps-2026-10.csv:43", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_rows_appended_to_an_export_are_read_on_the_next_run_and_only_they()
    {
        SampleCopy.Into(_dir.Path);
        await HostProcess.RunAsync(_dir.Path, ["sync", "csat-delighted", "-c", "connectors.json"]);
        File.AppendAllText(Path.Combine(_dir.Path, "surveys", "csat", "delighted-csat-2026-11.csv"),
            "dl_900,2026-11-24 08:00:00,new.buyer@example.com,,2,Package arrived late\n");

        var rerun = await HostProcess.RunAsync(_dir.Path, ["sync", "csat-delighted", "--stream", "answers", "-c", "connectors.json"]);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var db = Path.Combine(_dir.Path, "data", "connectors.db");
        Assert.Equal(2, StoreQueries.Scalar(db, "SELECT records_read FROM sync_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(1, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback WHERE key = 'csat-delighted:dl_900' AND rating = 0.25"));
    }
}

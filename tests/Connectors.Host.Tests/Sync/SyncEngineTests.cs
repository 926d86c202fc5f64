using Connectors.Abstractions;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Sync;

public sealed class SyncEngineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedSourceScript _script = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private async Task<IHost> HostAsync()
    {
        var config = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "scripted", "options": { "size": 5 } } ] }
            """);
        return await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ScriptedPlugin(_script))));
    }

    private static Task<SyncRunSummary> Sync(IHost host) =>
        host.Services.GetRequiredService<SyncEngine>().RunAsync("src", "items", null, CancellationToken.None);

    [Fact]
    public async Task Batches_are_stored_with_their_checkpoint_and_a_second_run_writes_nothing()
    {
        _script.Batches.Add(Batch(Customer("c1", "ada@example.com"), Feedback("f1", "c1")));
        _script.Batches.Add(Batch(Customer("c2", "grace@example.com"), Feedback("f2", "c2"), Feedback("f3", "c1")));
        using var host = await HostAsync();

        var first = await Sync(host);
        var second = await Sync(host);

        Assert.Equal((SyncStatus.Succeeded, 2, 5L, new WriteCounts(5, 0, 0)), (first.Status, (int)first.Batches, first.RecordsRead, first.Writes));
        Assert.Equal((0L, new WriteCounts()), (second.RecordsRead, second.Writes));
        Assert.Equal([null, "2"], _script.CheckpointsSeen);
        Assert.Equal(3, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback f JOIN customer_sources s ON s.customer_id = f.customer_id WHERE f.key = 'src:f3' AND s.source_id = 'c1'"));
    }

    [Fact]
    public async Task A_failing_source_keeps_what_was_committed_and_the_next_run_resumes_there()
    {
        for (var i = 0; i < 4; i++)
        {
            _script.Batches.Add(Batch(Feedback($"f{i}")));
        }

        _script.FailBeforeBatch = 2;
        using var host = await HostAsync();

        var failed = await Sync(host);
        var resumed = await Sync(host);

        Assert.Equal(SyncStatus.Failed, failed.Status);
        Assert.Contains("the vendor went away", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, failed.Writes.Inserted);
        Assert.Equal([null, "2"], _script.CheckpointsSeen);
        Assert.Equal((SyncStatus.Succeeded, 2L), (resumed.Status, resumed.Writes.Inserted));
        Assert.Equal(4, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal("failed", StoreQueries.Text(Db, $"SELECT status FROM sync_runs WHERE id = {failed.RunId}"));
    }

    [Fact]
    public async Task Changed_records_are_updated_and_unchanged_ones_skipped()
    {
        _script.Batches.Add(Batch(Feedback("f1", body: "Great"), Feedback("f2", body: "Fine")));
        using var host = await HostAsync();
        await Sync(host);

        // The vendor edits one review; the source re-reads the page (checkpoint reset by the script).
        _script.Batches[0] = Batch(Feedback("f1", body: "Great"), Feedback("f2", body: "Broken on arrival", stars: 1));
        ResetCheckpoints();
        var rerun = await Sync(host);

        Assert.Equal(new WriteCounts(0, 1, 1), rerun.Writes);
        Assert.Equal(0.0, StoreQueries.Scalar(Db, "SELECT CAST(rating * 100 AS INTEGER) FROM feedback WHERE key = 'src:f2'"));
    }

    [Fact]
    public async Task The_same_person_from_different_records_is_one_customer_and_the_reason_is_kept()
    {
        _script.Batches.Add(Batch(
            Customer("c1", email: "Ada@Example.com", name: "Ada"),
            Customer("c2", email: "ada@example.com ", phone: "(415) 555-0199"),
            Customer("c3", phone: "+1 415-555-0199"),
            Customer("c4", email: "grace@example.com")));
        using var host = await HostAsync();

        await Sync(host);

        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers"));
        Assert.Equal("email", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c2'"));
        Assert.Equal("phone", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c3'"));
        Assert.Equal("+14155550199", StoreQueries.Text(Db, "SELECT phone FROM customers WHERE email = 'ada@example.com'"));
        Assert.Equal("Ada", StoreQueries.Text(Db, "SELECT name FROM customers WHERE email = 'ada@example.com'"));
    }

    [Fact]
    public async Task Rereading_customers_updates_the_changed_skips_the_rest_and_matches_new_ones_to_stored_customers()
    {
        _script.Batches.Add(Batch(Customer("c1", email: "ada@example.com", name: "Ada"), Customer("c2", email: "grace@example.com")));
        using var host = await HostAsync();
        await Sync(host);

        _script.Batches[0] = Batch(Customer("c1", email: "ada@example.com", name: "Ada Lovelace"), Customer("c2", email: "grace@example.com"));
        _script.Batches.Add(Batch(Customer("c3", email: "GRACE@example.com", phone: "(415) 555-0199")));
        ResetCheckpoints();
        var rerun = await Sync(host);

        Assert.Equal(new WriteCounts(1, 1, 1), rerun.Writes);
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers"));
        Assert.Equal("Ada Lovelace", StoreQueries.Text(Db, "SELECT name FROM customers WHERE email = 'ada@example.com'"));
        Assert.Equal("+14155550199", StoreQueries.Text(Db, "SELECT phone FROM customers WHERE email = 'grace@example.com'"));
        Assert.Equal("email", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c3'"));
    }

    [Fact]
    public async Task A_new_record_matched_by_phone_brings_its_new_email_to_the_stored_customer()
    {
        _script.Batches.Add(Batch(Customer("c1", phone: "+1 415-555-0199", name: "Ada")));
        _script.Batches.Add(Batch(Customer("c2", email: "ada@example.com", phone: "(415) 555-0199")));
        using var host = await HostAsync();

        await Sync(host);

        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers"));
        Assert.Equal("phone", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c2'"));
        Assert.Equal(
            StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_sources WHERE source_id = 'c1'"),
            StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_identities WHERE channel = 'email' AND external_id = 'ada@example.com'"));
        Assert.Equal("ada@example.com", StoreQueries.Text(Db, "SELECT email FROM customers"));
    }

    [Fact]
    public async Task A_record_listing_an_identity_twice_is_one_new_customer()
    {
        var twice = Customer("c1", email: "ada@example.com") with { Identities = [new CustomerIdentity("email", "ada@example.com")] };
        _script.Batches.Add(Batch(twice));
        using var host = await HostAsync();

        await Sync(host);

        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers"));
        Assert.Equal("new", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c1'"));
        Assert.Equal(
            StoreQueries.Scalar(Db, "SELECT id FROM customers"),
            StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_identities WHERE external_id = 'ada@example.com'"));
    }

    private void ResetCheckpoints() => StoreQueries.Execute(Db, "DELETE FROM checkpoints");

    [Fact]
    public async Task A_reference_without_attributes_links_but_never_overwrites_or_counts_as_a_change()
    {
        _script.Batches.Add(Batch(Customer("c1", "ada@example.com", name: "Ada")));
        _script.Batches.Add(Batch(new CustomerRecord { SourceId = "c1", Channel = "test", OrderIds = ["o-1"] }, new CustomerRecord { SourceId = "c9", Channel = "test" }));
        using var host = await HostAsync();

        var run = await Sync(host);

        Assert.Equal(new WriteCounts(2, 0, 1), run.Writes);
        Assert.Equal("Ada", StoreQueries.Text(Db, "SELECT name FROM customers WHERE email = 'ada@example.com'"));
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers"));
    }

    [Fact]
    public async Task Problems_are_counted_and_kept_with_their_location()
    {
        _script.Batches.Add(Batch(Feedback("f1")) with { Problems = [new("answers.csv:7", "score 'x' is not a number")] });
        using var host = await HostAsync();

        var run = await Sync(host);

        Assert.Equal(1, run.Problems);
        Assert.Equal("answers.csv:7", StoreQueries.Text(Db, $"SELECT location FROM sync_problems WHERE run_id = {run.RunId}"));
    }

    [Fact]
    public async Task A_run_left_running_by_a_dead_process_is_marked_interrupted()
    {
        using var host = await HostAsync();
        var log = host.Services.GetRequiredService<SyncRunLog>();
        var orphan = await log.StartAsync("src", "items", CancellationToken.None);

        await Sync(host);

        Assert.Equal("interrupted", StoreQueries.Text(Db, $"SELECT status FROM sync_runs WHERE id = {orphan}"));
    }
}

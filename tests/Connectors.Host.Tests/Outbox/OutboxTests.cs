using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Outbox;

/// <summary>Routes queue outbound work with the records; the dispatcher pushes it, retries it, or dead-letters it.</summary>
public sealed class OutboxTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedSourceScript _source = new();
    private readonly ScriptedSinkScript _sink = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private async Task<IHost> HostAsync()
    {
        var config = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "scripted" }, { "name": "crm", "plugin": "scripted-sink" }, { "name": "helpdesk", "plugin": "scripted-sink" } ],
              "routes": [
                { "name": "contacts", "what": "customers", "to": "crm" },
                { "name": "timeline", "to": "crm" },
                { "name": "unhappy", "when": { "ratingAtMost": 0.25 }, "to": "helpdesk", "priority": "urgent" } ] }
            """);
        return await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ScriptedPlugin(_source), new ScriptedSinkPlugin(_sink))));
    }

    private static Task<SyncRunSummary> Sync(IHost host) => host.Services.GetRequiredService<SyncEngine>().RunAsync("src", "items", null, CancellationToken.None);

    private static Task<DispatchSummary> Dispatch(IHost host, string sink) =>
        host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(sink, CancellationToken.None);

    [Fact]
    public async Task Changed_records_are_queued_per_route_and_pushed_once_with_the_latest_state()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com", name: "Ada"), Feedback("f1", "c1", "Love it", stars: 5), Feedback("f2", "c1", "Broken", stars: 1)));
        using var host = await HostAsync();
        await Sync(host);

        Assert.Equal(3, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE sink = 'crm'"));
        Assert.Equal("urgent", StoreQueries.Text(Db, "SELECT priority FROM outbox_items WHERE sink = 'helpdesk' AND item_key = 'src:f2'"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE sink = 'helpdesk'"));

        var crm = await Dispatch(host, "crm");
        var helpdesk = await Dispatch(host, "helpdesk");
        var again = await Dispatch(host, "crm");

        Assert.Equal((2, 3, 0), (crm.Batches, crm.Done, crm.StillPending));
        Assert.Equal(1, helpdesk.Done);
        Assert.Equal(0, again.Batches);
        var ticket = Assert.Single(_sink.Items("helpdesk"));
        Assert.Equal(("Broken", "ada@example.com", Priority.Urgent), (ticket.Feedback!.Body, ticket.Customer!.Email, ticket.Priority));
        Assert.Equal("sink-crm:customer:1", StoreQueries.Text(Db, "SELECT sink_id FROM outbox_items WHERE idempotency_key = 'crm:customer:1'"));
    }

    [Fact]
    public async Task A_record_changed_after_it_was_pushed_is_pushed_again_as_an_update_of_the_same_sink_record()
    {
        _source.Batches.Add(Batch(Feedback("f1", body: "Broken", stars: 1)));
        using var host = await HostAsync();
        await Sync(host);
        await Dispatch(host, "helpdesk");

        _source.Batches[0] = Batch(Feedback("f1", body: "Broken, and support never answered", stars: 1));
        _source.CheckpointsSeen.Clear();
        ResetCheckpoints();
        await Sync(host);
        await Dispatch(host, "helpdesk");

        var pushes = _sink.Items("helpdesk").ToList();
        Assert.Equal(2, pushes.Count);
        Assert.Equal((null, "sink-helpdesk:feedback:src:f1"), (pushes[0].ExistingSinkId, pushes[1].ExistingSinkId));
        Assert.Equal("Broken, and support never answered", pushes[1].Feedback!.Body);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE sink = 'helpdesk'"));
    }

    [Fact]
    public async Task A_poison_item_is_dead_lettered_with_the_sinks_message_without_blocking_the_rest_and_can_be_replayed()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Customer("c2", "grace@example.com"), Customer("c3", phone: "(415) 555-0100")));
        _sink.Answer = item => item.Customer?.Email is null ? SinkItemResult.Failed(item.IdempotencyKey, "400 INVALID_EMAIL: Email address is invalid") : null;
        using var host = await HostAsync();
        await Sync(host);

        var first = await Dispatch(host, "crm");

        Assert.Equal((2, 1), (first.Done, first.DeadLettered));
        Assert.Equal("400 INVALID_EMAIL: Email address is invalid", StoreQueries.Text(Db, "SELECT reason FROM dead_letters"));
        Assert.Equal("dead", StoreQueries.Text(Db, "SELECT status FROM outbox_items WHERE item_key = '3'"));

        _sink.Answer = _ => null; // the CRM's validation was fixed
        var replayed = await host.Services.GetRequiredService<DeadLetters>().ReplayAsync(null, "crm", CancellationToken.None);
        var second = await Dispatch(host, "crm");

        Assert.Equal((1, 1), (replayed, second.Done));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM dead_letters"));
    }

    [Fact]
    public async Task Passing_failures_are_retried_later_honouring_Retry_After_and_a_throwing_sink_loses_nothing()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Customer("c2", "grace@example.com")));
        _sink.ThrowNext = new HttpRequestException("connection refused");
        using var host = await HostAsync();
        await Sync(host);

        var down = await Dispatch(host, "crm");

        Assert.Equal((0, 2, 2), (down.Done, down.Retried, down.StillPending));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT MIN(attempts) FROM outbox_items"));
        Assert.Contains("connection refused", StoreQueries.Text(Db, "SELECT last_error FROM outbox_items LIMIT 1"), StringComparison.Ordinal);

        MakeDue();
        _sink.Answer = item => item.Customer!.Email == "ada@example.com" ? SinkItemResult.Retry(item.IdempotencyKey, "429", TimeSpan.FromHours(1)) : null;
        var limited = await Dispatch(host, "crm");

        Assert.Equal((1, 1), (limited.Done, limited.Retried));
        var dueInMinutes = StoreQueries.Scalar(Db, "SELECT (due_at - (SELECT MAX(updated_at) FROM customer_sources)) FROM outbox_items WHERE item_key = '1'");
        Assert.True(dueInMinutes >= TimeSpan.FromMinutes(59).TotalMilliseconds, $"due {dueInMinutes} ms after the sync");
    }

    [Fact]
    public void Backoff_grows_and_honours_Retry_After()
    {
        Assert.InRange(RetryBackoff.Delay(1, null, 0.5), TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2));
        Assert.InRange(RetryBackoff.Delay(4, null, 0.0), TimeSpan.FromSeconds(6.4), TimeSpan.FromSeconds(8));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryBackoff.Delay(1, TimeSpan.FromSeconds(30), 0.99));
        Assert.True(RetryBackoff.Delay(30, null, 0.99) <= TimeSpan.FromMinutes(12));
    }

    private void ResetCheckpoints() => StoreQueries.Execute(Db, "DELETE FROM checkpoints");

    private void MakeDue() => StoreQueries.Execute(Db, "UPDATE outbox_items SET due_at = 0");
}

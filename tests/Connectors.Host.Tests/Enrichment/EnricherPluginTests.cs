using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Enrichment;

/// <summary>A plugin adds an enricher: configured as a connector, listed in the enrichment section, run after the built-ins with each item's customer.</summary>
public sealed class EnricherPluginTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedSourceScript _source = new();
    private readonly ScriptedEnricherPlugin _enricher = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private async Task<IHost> HostAsync(string enrichment)
    {
        var config = _dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "scripted" }, { "name": "ai", "plugin": "scripted-enricher" } ],
              "enrichment": {{enrichment}} }
            """);
        return await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ScriptedPlugin(_source), _enricher)));
    }

    private static Task<SyncRunSummary> Sync(IHost host) => host.Services.GetRequiredService<SyncEngine>().RunAsync("src", "items", null, CancellationToken.None);

    [Fact]
    public async Task A_plugin_enricher_sees_the_customer_and_the_built_ins_findings_and_its_annotations_are_stored_with_its_version()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Feedback("f1", "c1", "Broken again", stars: 1)));
        using var host = await HostAsync("""{ "plugins": ["ai"] }""");

        await Sync(host);

        var seen = Assert.Single(_enricher.Seen);
        Assert.Equal("ada@example.com", seen.Customer!.Email);
        Assert.Contains(seen.Annotations, a => a.Name == AnnotationNames.Sentiment);
        var stored = AnnotationColumns.Read(StoreQueries.Text(Db, "SELECT annotations FROM feedback"));
        var summary = Assert.Single(stored, a => a.Name == "summary");
        Assert.Equal(("Broken by ada@example.com", "summary", "7"), (summary.Value, summary.Enricher, summary.Version));
        Assert.Equal("after language,sentiment,topic", summary.Evidence);
        Assert.Equal("priority", stored[^1].Name);
    }

    [Fact]
    public async Task A_failing_plugin_enricher_does_not_stop_ingestion_and_enrich_since_fills_in_later()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Feedback("f1", "c1", "Broken again", stars: 1)));
        using var host = await HostAsync("""{ "plugins": ["ai"] }""");
        _enricher.FailNext = true;

        var run = await Sync(host);

        Assert.True(run.Succeeded, run.Error);
        Assert.DoesNotContain("summary", StoreQueries.Text(Db, "SELECT annotations FROM feedback"), StringComparison.Ordinal);
        var (items, _) = await host.Services.GetRequiredService<Reenrichment>().RunAsync(T0.AddDays(-1), null, CancellationToken.None);
        Assert.Equal(1, items);
        Assert.Contains("\"summary\"", StoreQueries.Text(Db, "SELECT annotations FROM feedback"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Built_in_enrichers_switched_off_leave_no_annotation_of_theirs()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Feedback("f1", "c1", "Broken again", stars: 1)));
        using var host = await HostAsync("""{ "language": { "enabled": false }, "topics": { "enabled": false }, "priority": { "enabled": false } }""");

        await Sync(host);

        Assert.Equal(["sentiment"], AnnotationColumns.Read(StoreQueries.Text(Db, "SELECT annotations FROM feedback")).Select(a => a.Name));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(detected_language) + COUNT(priority) FROM feedback"));
    }

    [Fact]
    public async Task A_page_that_lists_an_item_twice_is_enriched_and_stored_once_as_its_last_copy()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com"), Feedback("f1", "c1", "Lovely, thank you", stars: 5), Feedback("f1", "c1", "Broken again", stars: 1)));
        using var host = await HostAsync("{}");

        var run = await Sync(host);

        Assert.True(run.Succeeded, run.Error);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal("negative", StoreQueries.Text(Db, "SELECT sentiment_label FROM feedback"));
    }
}

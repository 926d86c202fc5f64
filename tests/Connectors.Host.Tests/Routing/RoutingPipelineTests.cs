using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Routing;

/// <summary>Feedback is enriched, routed by what the enrichers found, and reaches the sink with the text its route's template renders.</summary>
public sealed class RoutingPipelineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedSourceScript _source = new();
    private readonly ScriptedSinkScript _sink = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private async Task<IHost> HostAsync(string routes)
    {
        var config = _dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "scripted" }, { "name": "helpdesk", "plugin": "scripted-sink" }, { "name": "crm", "plugin": "scripted-sink" } ],
              "routes": {{routes}} }
            """);
        return await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ScriptedPlugin(_source), new ScriptedSinkPlugin(_sink))));
    }

    private static async Task SyncAndDispatch(IHost host)
    {
        await host.Services.GetRequiredService<SyncEngine>().RunAsync("src", "items", null, CancellationToken.None);
        foreach (var sink in new[] { "helpdesk", "crm" })
        {
            await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(sink, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Every_new_item_is_annotated_and_the_annotations_are_stored_with_their_enricher()
    {
        _source.Batches.Add(Batch(
            Customer("c1", "ada@example.com"),
            Feedback("f1", "c1", "Das Paket kam beschädigt an und niemand antwortet", stars: 1),
            Feedback("f2", "c1", "Absolutely love it, great quality!", stars: 5)));
        using var host = await HostAsync("[]");
        await SyncAndDispatch(host);

        Assert.Equal("de", StoreQueries.Text(Db, "SELECT detected_language FROM feedback WHERE key = 'src:f1'"));
        Assert.Equal("negative", StoreQueries.Text(Db, "SELECT sentiment_label FROM feedback WHERE key = 'src:f1'"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback_topics WHERE feedback_key = 'src:f1' AND topic = 'damaged'"));
        Assert.Equal("urgent", StoreQueries.Text(Db, "SELECT priority FROM feedback WHERE key = 'src:f1'"));
        Assert.Equal("positive", StoreQueries.Text(Db, "SELECT sentiment_label FROM feedback WHERE key = 'src:f2'"));
        Assert.Equal("low", StoreQueries.Text(Db, "SELECT priority FROM feedback WHERE key = 'src:f2'"));
        var annotations = StoreQueries.Text(Db, "SELECT annotations FROM feedback WHERE key = 'src:f1'")!;
        Assert.Contains("\"enricher\":\"sentiment\",\"version\":\"1\"", annotations, StringComparison.Ordinal);
        Assert.Contains("\"evidence\":\"damaged-or-missing\"", annotations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routes_choose_by_sentiment_topic_and_priority_and_send_to_several_sinks_with_the_items_priority()
    {
        _source.Batches.Add(Batch(
            Customer("c1", "ada@example.com"),
            Feedback("f1", "c1", "The parcel arrived damaged", stars: 2),
            Feedback("f2", "c1", "Delivery was quick, thanks", stars: 5),
            Feedback("f3", "c1", "Too expensive for what it is", stars: 3)));
        using var host = await HostAsync("""
            [ { "name": "damage", "when": { "topics": ["damaged"], "sentiment": ["negative"] }, "to": ["helpdesk", "crm"] },
              { "name": "praise", "when": { "priorityAtLeast": "low", "sentimentAtLeast": 0.5 }, "to": "crm" } ]
            """);
        await SyncAndDispatch(host);

        var ticket = Assert.Single(_sink.Items("helpdesk"));
        Assert.Equal(("src:f1", Priority.Urgent, "damage"), ($"src:{ticket.Feedback!.SourceId}", ticket.Priority, ticket.Route));
        Assert.Contains(ticket.Annotations, a => a is { Name: AnnotationNames.Topic, Value: "damaged" });
        Assert.Equal(["f1", "f2"], _sink.Items("crm").Select(i => i.Feedback!.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_routes_template_renders_the_subject_and_body_with_the_customer_and_their_history()
    {
        _dir.File("ticket.liquid", """
            {% assign subject = feedback.rating_label | append: " from " | append: customer.name %}
            {{ feedback.text }} [{{ annotations.sentiment }}; {{ annotations.topics | join: "," }}]
            {{ customer.email }} has {{ customer.feedback_count }} items:{% for h in history %} {{ h.text }}{% endfor %}
            """);
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com", name: "Ada"), Feedback("f0", "c1", "Earlier: all fine", stars: 4)));
        _source.Batches.Add(Batch(Feedback("f1", "c1", "Broken on arrival", stars: 1)));
        using var host = await HostAsync("""[ { "name": "unhappy", "when": { "ratingAtMost": 0.25 }, "to": "helpdesk", "template": "ticket.liquid" } ]""");
        await SyncAndDispatch(host);

        var content = Assert.Single(_sink.Items("helpdesk")).Content!;
        Assert.Equal("★☆☆☆☆ 1/5 stars from Ada", content.Subject);
        Assert.Equal("Broken on arrival [negative; damaged]\nada@example.com has 2 items: Earlier: all fine", content.Body);
    }
}

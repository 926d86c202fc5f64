using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Replies;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Replies;

/// <summary>Replies through the real host: routes draft them, operators write and approve them, the outbox posts each once.</summary>
public sealed class ReplyTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ScriptedSourceScript _source = new();
    private readonly ScriptedSourceScript _silent = new();
    private readonly ReplyScript _replies = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private async Task<IHost> HostAsync(bool sendDirectly = false)
    {
        _dir.File("apology.liquid", "Sorry, {{ customer.name | default: 'there' }}: {{ feedback.title | default: 'your order' }} is on us. Reply {{ feedback.rating_raw }}");
        var config = _dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "reviews", "plugin": "replying" }, { "name": "surveys", "plugin": "scripted" } ],
              "routes": [ { "name": "answer-unhappy", "when": { "ratingAtMost": 0.25 },
                            "reply": { "template": "apology.liquid", "sendDirectly": {{(sendDirectly ? "true" : "false")}} } } ] }
            """);
        return await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ReplyingPlugin(_source, _replies), new ScriptedPlugin(_silent))));
    }

    private static Task<SyncRunSummary> Sync(IHost host, string connector = "reviews") =>
        host.Services.GetRequiredService<SyncEngine>().RunAsync(connector, "items", null, CancellationToken.None);

    private static Task<DispatchSummary> Dispatch(IHost host) =>
        host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("reviews", CancellationToken.None);

    private static async Task<ConnectorsDbContext> Db_(IHost host) =>
        await host.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync();

    [Fact]
    public async Task A_route_drafts_one_reply_per_unhappy_item_and_an_approved_draft_is_posted_once_with_its_rendered_text()
    {
        _source.Batches.Add(Batch(Customer("c1", "ada@example.com", name: "Ada"), Feedback("r1", "c1", "Broken on arrival", stars: 1), Feedback("r2", "c1", "Lovely", stars: 5)));
        _silent.Batches.Add(Batch(Feedback("s1", null, "Awful", stars: 1)));
        using var host = await HostAsync();
        await Sync(host);
        await Sync(host, "surveys");

        // Only the unhappy review of the source that can answer gets a draft; nothing is posted before approval.
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM replies WHERE status = 'draft' AND feedback_key = 'reviews:r1'"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM replies"));
        await Dispatch(host);
        Assert.Empty(_replies.Posted);

        // The item changes at its source: still one draft.
        _source.Batches.Add(Batch(Feedback("r1", "c1", "Broken on arrival, still waiting", stars: 1)));
        await Sync(host);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM replies"));

        await using (var db = await Db_(host))
        {
            var draft = await db.Replies.SingleAsync();
            await host.Services.GetRequiredService<ReplyDesk>().ApproveAsync(db, draft, CancellationToken.None);
        }

        var first = await Dispatch(host);
        var again = await Dispatch(host);

        var posted = Assert.Single(_replies.Posted);
        Assert.Equal(("r1", "Sorry, Ada: your order is on us. Reply 1"), posted);
        Assert.Equal((1, 0), (first.Done, again.Batches));
        Assert.Equal("Sorry, Ada: your order is on us. Reply 1", StoreQueries.Text(Db, "SELECT text FROM replies"));
        Assert.Equal("reply-1", StoreQueries.Text(Db, "SELECT channel_reply_id FROM replies WHERE posted_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_route_that_sends_directly_posts_at_the_next_dispatch_and_an_answered_item_gets_no_reply()
    {
        _source.Batches.Add(Batch(Customer("c1", "bo@example.com", name: "Bo"), Feedback("r1", "c1", "Late", stars: 1),
            Feedback("r2", "c1", "Late too", stars: 1) with { ReplyState = ReplyState.Answered }));
        using var host = await HostAsync(sendDirectly: true);
        await Sync(host);

        var dispatched = await Dispatch(host);

        Assert.Equal(1, dispatched.Done);
        Assert.Equal(("r1", "Sorry, Bo: your order is on us. Reply 1"), Assert.Single(_replies.Posted));
    }

    [Fact]
    public async Task An_operator_reply_is_posted_once_retried_after_a_passing_failure_and_a_refusal_is_dead_lettered_with_the_reason()
    {
        _source.Batches.Add(Batch(Feedback("r1", null, "Meh", stars: 3), Feedback("r2", null, "Gone", stars: 2)));
        _replies.Refused.Add("r2");
        _replies.FailNext = 1;
        using var host = await HostAsync();
        await Sync(host);
        var desk = host.Services.GetRequiredService<ReplyDesk>();

        await using (var db = await Db_(host))
        {
            var feedback = await db.Feedback.AsNoTracking().ToDictionaryAsync(f => f.SourceId);
            var (first, _) = await desk.AddAsync(db, feedback["r1"], "Thanks for telling us", draft: false, CancellationToken.None);
            var (same, existing) = await desk.AddAsync(db, feedback["r1"], "  Thanks for telling us ", draft: false, CancellationToken.None);
            Assert.True(existing);
            Assert.Equal(first.Id, same.Id);
            await desk.AddAsync(db, feedback["r2"], "Sorry to hear it", draft: false, CancellationToken.None);
        }

        var failed = await Dispatch(host);
        StoreQueries.Execute(Db, "UPDATE outbox_items SET due_at = 0 WHERE status = 'pending'");
        var retried = await Dispatch(host);
        StoreQueries.Execute(Db, "UPDATE outbox_items SET due_at = 0 WHERE status = 'pending'");
        var nothing = await Dispatch(host);

        Assert.Equal((0, 1, 1), (failed.Done, failed.Retried, failed.DeadLettered));
        Assert.Equal(1, retried.Done);
        Assert.Equal(0, nothing.Batches);
        Assert.Equal(("r1", "Thanks for telling us"), Assert.Single(_replies.Posted));
        Assert.Contains("deleted by its author", StoreQueries.Text(Db, "SELECT reason FROM dead_letters"), StringComparison.Ordinal);
    }
}

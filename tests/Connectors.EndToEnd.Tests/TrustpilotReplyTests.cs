using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.EndToEnd.Tests;

/// <summary>Replies to Trustpilot reviews through the real host process and its outbox, against the emulator.</summary>
public sealed class TrustpilotReplyTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private TrustpilotEmulator Trustpilot => _sandbox.Trustpilot;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 120, OrdersPerCustomer = 1, Seed = 9 });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Host(params string[] args) => HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"], TrustpilotSandboxConfig.Env());

    private static void Ok(HostResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    [Fact]
    public async Task An_operator_reply_is_posted_once_and_asking_again_posts_nothing()
    {
        TrustpilotSandboxConfig.Write(_dir, _sandbox);
        Ok(await Host("sync", "tp", "--stream", "service_reviews"));
        var review = Trustpilot.Reviews.All.First(r => r.CompanyReply is null);
        var key = $"tp:review:{review.Id}";

        var posted = await Host("reply", key, "--text", "We are sorry: a new one is on its way.");
        var again = await Host("reply", key, "--text", "We are sorry: a new one is on its way.");
        Ok(await Host("sync", "tp", "--stream", "service_reviews"));
        var listed = await Host("replies");
        var status = await Host("status");
        var customer = StoreQueries.Scalar(Db, $"SELECT customer_id FROM feedback WHERE key = '{key}'");
        var shown = await Host("customers", "show", $"{customer}");

        Ok(posted);
        Assert.Contains("posted", posted.Stdout, StringComparison.Ordinal);
        Ok(again);
        Assert.Contains("asked for before", again.Stdout, StringComparison.Ordinal);
        Assert.Equal("We are sorry: a new one is on its way.", Trustpilot.Reviews.Find(review.Id)!.CompanyReply!.Text);
        Assert.Equal(1, Trustpilot.Vendor.Counters["replies"]);
        Assert.Equal("Answered", StoreQueries.Text(Db, $"SELECT reply_state FROM feedback WHERE key = '{key}'"));
        Ok(listed);
        Assert.Contains("posted", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("Replies: 1 posted", status.Stdout, StringComparison.Ordinal);
        Ok(shown);
        Assert.True(shown.Stdout.Contains("answered; reply 1", StringComparison.Ordinal), shown.Stdout);
    }

    [Fact]
    public async Task A_reply_to_a_deleted_review_is_refused_with_the_reason_and_kept_as_a_dead_letter()
    {
        TrustpilotSandboxConfig.Write(_dir, _sandbox);
        Ok(await Host("sync", "tp", "--stream", "service_reviews"));
        var review = Trustpilot.Reviews.All.First(r => r.CompanyReply is null);
        Assert.True(Trustpilot.Reviews.Delete(review.Id));

        var refused = await Host("reply", $"tp:review:{review.Id}", "--text", "Sorry!");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("refused", refused.Stdout + refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("no review", StoreQueries.Text(Db, "SELECT reason FROM dead_letters WHERE item_type = 'reply'"), StringComparison.Ordinal);
        Assert.Equal(0, Trustpilot.Vendor.Counters["replies"]);
    }

    [Fact]
    public async Task A_route_drafts_replies_to_bad_reviews_and_an_approved_draft_is_posted_once_with_its_rendered_text()
    {
        _dir.File("sorry.liquid", "Hi {{ customer.name | default: 'there' }}, sorry about \"{{ feedback.title }}\". We will make it right.");
        TrustpilotSandboxConfig.Write(_dir, _sandbox, """
            [ { "name": "sorry", "when": { "ratingAtMost": 0.25 }, "reply": { "template": "sorry.liquid" } } ]
            """);
        Ok(await Host("sync", "tp", "--stream", "service_reviews"));

        var drafts = StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM replies WHERE status = 'draft'");
        var bad = Trustpilot.Reviews.All.Count(r => r.Stars <= 2 && r.CompanyReply is null);
        Assert.True(bad > 0);
        Assert.Equal(bad, drafts);
        var id = StoreQueries.Scalar(Db, "SELECT MIN(id) FROM replies");
        var reviewId = StoreQueries.Text(Db, $"SELECT feedback_key FROM replies WHERE id = {id}")!["tp:review:".Length..];
        var title = Trustpilot.Reviews.Find(reviewId)!.Title;

        var shown = await Host("replies", "--state", "draft");
        var approved = await Host("replies", "approve", $"{id}");
        var twice = await Host("replies", "approve", $"{id}");
        Ok(await Host("dispatch"));

        Ok(shown);
        Assert.Contains("draft", shown.Stdout, StringComparison.Ordinal);
        Ok(approved);
        Assert.Contains("posted", approved.Stdout, StringComparison.Ordinal);
        Assert.True(twice.ExitCode == 2, twice.ToString());
        var reply = Trustpilot.Reviews.Find(reviewId)!.CompanyReply!.Text;
        Assert.StartsWith("Hi ", reply, StringComparison.Ordinal);
        Assert.Contains($"sorry about \"{title}\"", reply, StringComparison.Ordinal);
        Assert.Equal(reply, StoreQueries.Text(Db, $"SELECT text FROM replies WHERE id = {id}"));
        Assert.Equal(1, Trustpilot.Vendor.Counters["replies"]);
    }
}

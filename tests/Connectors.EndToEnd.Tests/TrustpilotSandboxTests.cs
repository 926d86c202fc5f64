using System.Globalization;
using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.EndToEnd.Tests;

/// <summary>The real host process against the Shopify and Trustpilot emulators over loopback HTTP.</summary>
public sealed class TrustpilotSandboxTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private TrustpilotEmulator Trustpilot => _sandbox.Trustpilot;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 200, OrdersPerCustomer = 2, Seed = 7 });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task An_invited_review_joins_the_shopify_customer_who_placed_its_order_and_a_second_sync_writes_nothing()
    {
        TrustpilotSandboxConfig.Write(_dir, _sandbox);

        var run = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", "connectors.json"], TrustpilotSandboxConfig.Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        var published = Trustpilot.ProductReviews.All.Count(r => r.State == "published");
        Assert.Equal(Trustpilot.Reviews.Count + published, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback WHERE source_instance = 'tp'"));
        var invited = Trustpilot.Reviews.All.Where(r => r.ReferenceId is not null).ToList();
        Assert.NotEmpty(invited);
        foreach (var review in invited)
        {
            // The review's author is the Shopify customer of the order: one customer in the store, from both sources.
            var order = _sandbox.Shopify.Store.GetOrder(long.Parse(review.ReferenceId!, CultureInfo.InvariantCulture))!;
            var shopCustomer = StoreQueries.Scalar(Db, $"SELECT customer_id FROM customer_sources WHERE source_instance = 'shop' AND source_id = 'gid://shopify/Customer/{order.CustomerId}'");
            var reviewCustomer = StoreQueries.Scalar(Db, $"SELECT customer_id FROM feedback WHERE source_instance = 'tp' AND source_id = 'review:{review.Id}'");
            Assert.True(shopCustomer > 0 && shopCustomer == reviewCustomer, $"review {review.Id} is by customer {reviewCustomer}, its order's buyer is {shopCustomer}");
        }

        var again = await HostProcess.RunAsync(_dir.Path, ["sync", "tp", "-c", "connectors.json"], TrustpilotSandboxConfig.Env());

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT SUM(inserted + updated) FROM (SELECT inserted, updated FROM sync_runs ORDER BY id DESC LIMIT 2)"));
    }

    [Fact]
    public async Task A_reply_made_in_trustpilot_shows_as_answered_after_the_next_sync()
    {
        TrustpilotSandboxConfig.Write(_dir, _sandbox);
        var first = await HostProcess.RunAsync(_dir.Path, ["sync", "tp", "--stream", "service_reviews", "-c", "connectors.json"], TrustpilotSandboxConfig.Env());
        Assert.True(first.ExitCode == 0, first.ToString());
        var review = Trustpilot.Reviews.All.First(r => r.CompanyReply is null);
        Assert.Equal("Unanswered", StoreQueries.Text(Db, $"SELECT reply_state FROM feedback WHERE source_id = 'review:{review.Id}'"));

        Trustpilot.ReplyElsewhere(review.Id, "Thanks, we sent a new one.");
        var next = await HostProcess.RunAsync(_dir.Path, ["sync", "tp", "--stream", "service_reviews", "-c", "connectors.json"], TrustpilotSandboxConfig.Env());

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal("Answered", StoreQueries.Text(Db, $"SELECT reply_state FROM feedback WHERE source_id = 'review:{review.Id}'"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT updated FROM sync_runs ORDER BY id DESC LIMIT 1"));
    }
}

using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.Webhooks;

namespace Connectors.EndToEnd.Tests;

/// <summary>The real host process against the Shopify emulator over loopback HTTP.</summary>
public sealed class ShopifySandboxTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    public async Task InitializeAsync() =>
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 600, OrdersPerCustomer = 1, Seed = 7 });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Sync(string stream = "customers") =>
        HostProcess.RunAsync(_dir.Path, ["sync", "shop", "--stream", stream, "-c", "connectors.json"], ShopifySandboxConfig.Env(_sandbox));

    private long StoredCustomers => StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customer_sources WHERE source_instance = 'shop'");

    [Fact]
    public async Task Backfill_by_bulk_operation_then_an_incremental_run_reads_only_what_changed()
    {
        ShopifySandboxConfig.Write(_dir, _sandbox);

        var backfill = await Sync();

        Assert.True(backfill.ExitCode == 0, backfill.ToString());
        Assert.Equal(600, StoredCustomers);
        var bulk = Assert.Single(_sandbox.Shopify.Bulk.All);
        Assert.Equal("COMPLETED", bulk.Status);

        var first = 7_000_000_000_000L;
        _sandbox.Shopify.Store.UpdateCustomer(first + 3, new CustomerChange { FirstName = "Renamed" });
        _sandbox.Shopify.Store.UpdateCustomer(first + 9, new CustomerChange { Email = "moved@example.com" });
        _sandbox.Shopify.Store.CreateCustomer(new CustomerChange { FirstName = "New", LastName = "Buyer", Email = "new.buyer@example.com" });
        var incremental = await Sync();

        Assert.True(incremental.ExitCode == 0, incremental.ToString());
        Assert.Single(_sandbox.Shopify.Bulk.All); // paged this time, not another bulk operation
        Assert.Equal(601, StoredCustomers);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT inserted FROM sync_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT updated FROM sync_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers WHERE email = 'moved@example.com'"));

        var nothingNew = await Sync();

        Assert.True(nothingNew.ExitCode == 0, nothingNew.ToString());
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT inserted + updated FROM sync_runs ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_throttled_paged_run_with_injected_429s_and_5xx_finishes_with_no_lost_pages()
    {
        ShopifySandboxConfig.Write(_dir, _sandbox, useBulk: false);
        _sandbox.Shopify.Knobs = _sandbox.Shopify.Knobs with { ThrottledStatusCode = 429, BucketSize = 1100, RestoreRate = 2000 };
        _sandbox.Vendor("shopify").Faults.Set(new FaultSettings { ThrottleShare = 0.3, ServerErrorShare = 0.05 });

        var run = await Sync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(600, StoredCustomers);
        var counters = _sandbox.Vendor("shopify").Counters;
        Assert.True(counters[SandboxCounters.InjectedThrottles] + counters.Throttled > 0, "the run was throttled at least once");
    }

    [Fact]
    public async Task Killing_the_host_during_a_bulk_operation_re_attaches_to_it_after_the_restart()
    {
        ShopifySandboxConfig.Write(_dir, _sandbox);
        _sandbox.Shopify.Knobs = _sandbox.Shopify.Knobs with { BulkObjectsPerSecond = 40 };

        using (var doomed = HostProcess.Start(_dir.Path, ["sync", "shop", "--stream", "customers", "-c", "connectors.json"], ShopifySandboxConfig.Env(_sandbox)))
        {
            await doomed.WaitUntilAsync(() => File.Exists(Db) && CheckpointMentions("BulkOperation"), "the bulk operation id in the checkpoint");
            doomed.Kill();
        }

        Assert.Equal("RUNNING", Assert.Single(_sandbox.Shopify.Bulk.All).Status);
        _sandbox.Shopify.Knobs = _sandbox.Shopify.Knobs with { BulkObjectsPerSecond = 0 };

        var restarted = await Sync();

        Assert.True(restarted.ExitCode == 0, restarted.ToString());
        Assert.Single(_sandbox.Shopify.Bulk.All); // the same operation, re-attached, not a second one
        Assert.Equal(600, StoredCustomers);
    }

    [Fact]
    public async Task Signed_webhooks_are_stored_once_and_a_forged_one_is_refused()
    {
        var port = LoopbackPort.Free();
        ShopifySandboxConfig.Write(_dir, _sandbox, webPort: port);
        using var host = HostProcess.Start(_dir.Path, ["run", "-c", "connectors.json"], ShopifySandboxConfig.Env(_sandbox));
        using var http = new HttpClient();
        await host.WaitUntilAsync(() => Healthy(http, port), "the health probe");
        var hook = new Uri($"http://127.0.0.1:{port}/webhooks/shop");
        _sandbox.Shopify.Webhooks.Subscribe(new WebhookSubscription { Url = hook, Topics = ["customers/update"] });

        _sandbox.Shopify.Store.UpdateCustomer(7_000_000_000_005L, new CustomerChange { Email = "hooked@example.com" });
        await host.WaitUntilAsync(() => _sandbox.Shopify.Webhooks.Deliveries.Any(d => d.Succeeded), "a stored webhook delivery");
        var forged = await _sandbox.Shopify.Webhooks.SendAsync(new WebhookSendRequest { Url = hook, Secret = "not-the-app-secret" });
        var replayed = _sandbox.Shopify.Webhooks.Deliveries.First(d => d.Succeeded);
        var again = await _sandbox.Shopify.Webhooks.SendAsync(new WebhookSendRequest { Url = hook, WebhookId = replayed.WebhookId });

        Assert.Equal(401, forged.StatusCode);
        Assert.Equal(200, again.StatusCode);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers WHERE email = 'hooked@example.com'"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM webhook_deliveries"));
    }

    private bool CheckpointMentions(string text)
    {
        try
        {
            return StoreQueries.Text(Db, "SELECT value FROM checkpoints WHERE connector = 'shop' AND stream = 'customers'")?.Contains(text, StringComparison.Ordinal) == true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false; // the schema is still being created
        }
    }

    private static bool Healthy(HttpClient http, int port)
    {
        try
        {
            return http.GetAsync(new Uri($"http://127.0.0.1:{port}/health")).GetAwaiter().GetResult().IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Framework;

namespace Connectors.EndToEnd.Tests;

/// <summary>The real host process against the Amazon SP-API emulator over loopback HTTP.</summary>
public sealed class AmazonSandboxTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Sold = ["ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528"];
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private AmazonEmulator Amazon => AmazonEmulator.Of(_sandbox);

    private long ReportRows(string type) => Amazon.Reports.All.Where(r => r.ReportType == type && r.ProcessingStatus == "DONE").Sum(r => r.Rows ?? 0);

    private long Feedback(string kind) => StoreQueries.Scalar(Db, $"SELECT COUNT(*) FROM feedback WHERE source_instance = 'amz' AND kind = '{kind}'");

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Customers = 300, OrdersPerCustomer = 2, Seed = 7 };
        options.Amazon.Knobs = new AmazonKnobs { RateScale = 1000 };
        _sandbox = await SandboxServer.StartAsync(options);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Sync(params string[] more) =>
        HostProcess.RunAsync(_dir.Path, ["sync", "amz", .. more, "-c", "connectors.json"], AmazonSandboxConfig.Env());

    [Fact]
    public async Task A_backfill_stores_orders_feedback_and_returns_and_an_incremental_run_writes_nothing_new()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);

        var backfill = await Sync();

        Assert.True(backfill.ExitCode == 0, backfill.ToString());
        Assert.True(ReportRows("GET_SELLER_FEEDBACK_DATA") > 0);
        Assert.Equal(ReportRows("GET_SELLER_FEEDBACK_DATA"), Feedback("seller_feedback"));
        Assert.Equal(ReportRows("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"), Feedback("return_reason"));
        Assert.True(Feedback("review_insight") > 0, "review topics of the configured ASINs");
        Assert.Equal(SoldOrders(), StoreQueries.Scalar(Db, "SELECT SUM(records_read) FROM sync_runs WHERE stream = 'orders'"));
        // Feedback joins its buyer: by the rater's email, or by the order the orders stream brought.
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback WHERE kind = 'seller_feedback' AND customer_id IS NULL"));
        var reports = Amazon.Reports.All.Count;

        var again = await Sync();

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT SUM(inserted + updated) FROM (SELECT inserted, updated FROM sync_runs ORDER BY id DESC LIMIT 4)"));
        Assert.True(Amazon.Reports.All.Count > reports, "the incremental run asked for the reports since the backfill");
        Assert.All(Amazon.Reports.All.Skip(reports), r => Assert.Equal("CANCELLED", r.ProcessingStatus)); // nothing new: Amazon cancels empty reports
    }

    [Fact]
    public async Task Killing_the_host_while_a_report_is_in_progress_polls_the_same_report_after_the_restart()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);
        Amazon.Knobs = Amazon.Knobs with { HoldReports = true };

        using (var doomed = HostProcess.Start(_dir.Path, ["sync", "amz", "--stream", "seller_feedback", "-c", "connectors.json"], AmazonSandboxConfig.Env()))
        {
            // Every marketplace's report is requested before the first is waited for, each id committed at once.
            await doomed.WaitUntilAsync(() => Amazon.Reports.All.Count == 3 && Amazon.Reports.All.All(r => CheckpointMentions("seller_feedback", r.ReportId)), "the report ids in the checkpoint");
            await doomed.WaitUntilAsync(() => Amazon.Reports.All[0].ProcessingStatus == "IN_PROGRESS", "the report in progress");
            doomed.Kill();
        }

        Amazon.Knobs = Amazon.Knobs with { HoldReports = false };
        var restarted = await Sync("--stream", "seller_feedback");

        Assert.True(restarted.ExitCode == 0, restarted.ToString());
        Assert.Equal(3, Amazon.Reports.All.Count); // the held US, DE and JP reports polled again: no second report of any
        Assert.Equal(ReportRows("GET_SELLER_FEEDBACK_DATA"), Feedback("seller_feedback"));
    }

    [Fact]
    public async Task A_fatal_report_fails_the_run_with_a_clear_error()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);
        Amazon.Knobs = Amazon.Knobs with { FinalReportStatus = "FATAL" };

        var run = await Sync("--stream", "returns");

        Assert.True(run.ExitCode == 1, run.ToString());
        var error = StoreQueries.Text(Db, "SELECT error FROM sync_runs ORDER BY id DESC LIMIT 1");
        Assert.Contains("ended FATAL", error, StringComparison.Ordinal);
        Assert.Equal("failed", StoreQueries.Text(Db, "SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(0, Feedback("return_reason"));
    }

    [Fact]
    public async Task Tokens_that_expire_mid_run_are_refreshed_and_the_run_finishes()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);
        Amazon.Knobs = Amazon.Knobs with { HoldReports = true };
        using var host = HostProcess.Start(_dir.Path, ["sync", "amz", "--stream", "returns", "-c", "connectors.json"], AmazonSandboxConfig.Env());
        await host.WaitUntilAsync(() => Amazon.Reports.All.Count == 3 && Amazon.Reports.All[0].ProcessingStatus == "IN_PROGRESS", "the reports in progress");

        Amazon.Tokens.ExpireAll();
        Amazon.Knobs = Amazon.Knobs with { HoldReports = false };
        await host.WaitUntilAsync(() => host.HasExited, "the run to finish");

        Assert.True(_sandbox.Vendor("amazon").Counters[SandboxCounters.Unauthorized] > 0, "a call met the expired token");
        Assert.Equal("succeeded", StoreQueries.Text(Db, "SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1"));
        Assert.Equal(ReportRows("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"), Feedback("return_reason"));
    }

    [Fact]
    public async Task A_storm_of_429s_under_the_usage_plans_loses_nothing()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);
        _sandbox.Vendor("amazon").Faults.Set(new FaultSettings { ThrottleShare = 0.35 });

        var run = await Sync();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_sandbox.Vendor("amazon").Counters[SandboxCounters.InjectedThrottles] > 20);
        Assert.Equal(SoldOrders(), StoreQueries.Scalar(Db, "SELECT SUM(records_read) FROM sync_runs WHERE stream = 'orders'"));
        Assert.Equal(ReportRows("GET_SELLER_FEEDBACK_DATA"), Feedback("seller_feedback"));
        Assert.Equal(ReportRows("GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"), Feedback("return_reason"));
    }

    [Fact]
    public async Task A_buyer_on_shopify_and_on_amazon_ends_as_one_customer()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox, withShop: true);

        var run = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", "connectors.json"], AmazonSandboxConfig.Env());

        Assert.True(run.ExitCode == 0, run.ToString());
        // Sandbox person #i is Shopify customer #i; about half of Amazon's buyers are those people and show their own email.
        var both = StoreQueries.Scalar(Db,
            "SELECT COUNT(*) FROM customers c WHERE EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'shop') " +
            "AND EXISTS (SELECT 1 FROM customer_sources s WHERE s.customer_id = c.id AND s.source_instance = 'amz')");
        Assert.True(both > 10, $"{both} customers joined across Shopify and Amazon");
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM (SELECT email FROM customers WHERE email IS NOT NULL GROUP BY email HAVING COUNT(*) > 1)"));
    }

    private long SoldOrders()
    {
        long count = 0;
        for (long i = 0; i < Amazon.Orders.SeededCount; i++)
        {
            if (Sold.Contains(Amazon.Orders.Get(i)!.Marketplace.Id))
            {
                count++;
            }
        }

        return count;
    }

    private bool CheckpointMentions(string stream, string text)
    {
        try
        {
            return StoreQueries.Text(Db, $"SELECT value FROM checkpoints WHERE connector = 'amz' AND stream = '{stream}'")?.Contains(text, StringComparison.Ordinal) == true;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false; // the schema is still being created
        }
    }
}

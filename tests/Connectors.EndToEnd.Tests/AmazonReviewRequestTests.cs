using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Framework;

namespace Connectors.EndToEnd.Tests;

/// <summary>Review requests (Amazon's solicitations) through the real host's outbox against the SP-API emulator.</summary>
public sealed class AmazonReviewRequestTests : IAsyncLifetime, IDisposable
{
    private const string AskEveryone = """{ "enabled": true, "holdAfterNegativeDays": 0 }""";
    private static readonly string[] Sold = ["ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1VC38T7YXB528"];
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private AmazonEmulator Amazon => AmazonEmulator.Of(_sandbox);

    public async Task InitializeAsync()
    {
        var options = new SandboxOptions { Customers = 300, OrdersPerCustomer = 2, Seed = 7 };
        options.Amazon.Knobs = new AmazonKnobs { RateScale = 1000 };
        // The host runs on the real clock, so the orders' history ends now: some are delivered and inside Amazon's
        // window (its edges are midnights UTC, so a run across one could see an order move in or out).
        options.Amazon.HistoryEnd = options.TimeProvider.GetUtcNow().AddMinutes(-10);
        options.HistoryDays = 400;
        // Many buyers rate the seller, mostly badly: the ones to hold back.
        options.Amazon.FeedbackShare = 0.6;
        options.Amazon.CriticalFeedbackShare = 0.8;
        _sandbox = await SandboxServer.StartAsync(options);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private async Task<HostResult> Host(params string[] args)
    {
        var result = await HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"], AmazonSandboxConfig.Env());
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    [Fact]
    public async Task Each_order_in_its_window_is_asked_once_even_when_the_sync_and_the_send_run_again()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox, reviewRequests: AskEveryone);

        await Host("sync", "amz", "--stream", "orders");
        var waiting = StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE item_type = 'review_request' AND status = 'pending'");
        await Host("review-requests", "send");

        var eligible = EligibleOrders();
        Assert.True(eligible.Count >= 5, $"{eligible.Count} orders in their window");
        Assert.True(waiting > eligible.Count, "orders whose window has not opened wait in the outbox too");
        Assert.Equal(eligible, [.. Amazon.Solicitations.Sent.Keys.Order(StringComparer.Ordinal)]);
        Assert.Equal(eligible, Requests("done"));
        Assert.Equal(0, Amazon.Vendor.Counters["solicitationsRefused"]);
        var queued = StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE item_type = 'review_request'");

        // The run again from scratch: every order is read and offered again, and the send runs again.
        StoreQueries.Execute(Db, "DELETE FROM checkpoints WHERE connector = 'amz'");
        await Host("sync", "amz", "--stream", "orders");
        await Host("review-requests", "send");

        Assert.Equal(eligible.Count, Amazon.Solicitations.Sent.Count);
        Assert.Equal(eligible.Count, Amazon.Vendor.Counters["solicitationsSent"]);
        Assert.Equal(0, Amazon.Vendor.Counters["solicitationsRefused"]);
        Assert.Equal(queued, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE item_type = 'review_request'"));
        var shown = await Host("review-requests");
        Assert.Contains("waiting for window", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{eligible.Count}", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_whose_answer_was_lost_is_recorded_as_sent_and_never_sent_again()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox, reviewRequests: AskEveryone);
        await Host("sync", "amz", "--stream", "orders");

        // Some answers arrive broken after Amazon did the work: the client retries, and Amazon refuses the repeat. The
        // faults are drawn from the seed and the request's ordinal, so this sequential run breaks the same answers each time.
        Amazon.Vendor.Faults.Set(new FaultSettings { MalformedShare = 0.05 });
        await Host("review-requests", "send");
        Amazon.Vendor.Faults.Reset();
        StoreQueries.Execute(Db, "UPDATE outbox_items SET due_at = 0 WHERE item_type = 'review_request' AND status = 'pending' AND attempts > 0");
        await Host("review-requests", "send");

        var eligible = EligibleOrders();
        Assert.True(Amazon.Vendor.Counters["solicitationsRefused"] > 0, "a repeat after a lost answer was refused by Amazon");
        Assert.Equal(eligible, [.. Amazon.Solicitations.Sent.Keys.Order(StringComparer.Ordinal)]);
        Assert.Equal(eligible, Requests("done"));
        Assert.Empty(Requests("dead"));
    }

    [Fact]
    public async Task A_buyer_who_left_negative_feedback_is_not_asked_and_the_reason_is_kept()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox, reviewRequests: """{ "enabled": true, "holdAfterNegativeDays": 60 }""");

        await Host("sync", "amz");
        await Host("review-requests", "send");

        var held = Requests("skipped");
        Assert.NotEmpty(held);
        Assert.All(held, order => Assert.False(Amazon.Solicitations.WasSent(order), order));
        Assert.Equal(held.Count, StoreQueries.Scalar(Db,
            "SELECT COUNT(*) FROM outbox_items WHERE item_type = 'review_request' AND status = 'skipped' AND last_error LIKE 'held back: the buyer left negative feedback%'"));
        Assert.Equal(EligibleOrders().Count - held.Count, Amazon.Solicitations.Sent.Count);
    }

    [Fact]
    public async Task Without_the_setting_no_order_is_queued_and_nothing_is_sent()
    {
        AmazonSandboxConfig.Write(_dir, _sandbox);

        await Host("sync", "amz", "--stream", "orders");
        await Host("dispatch");

        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM review_requests"));
        Assert.Empty(Amazon.Solicitations.Sent);
    }

    private List<string> Requests(string status)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT item_key FROM outbox_items WHERE item_type = 'review_request' AND status = '{status}'";
        var keys = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The orders of the configured marketplaces that Amazon would take a request for now.</summary>
    private List<string> EligibleOrders()
    {
        var now = _sandbox.Options.TimeProvider.GetUtcNow();
        var eligible = new List<string>();
        for (long i = 0; i < Amazon.Orders.SeededCount; i++)
        {
            var order = Amazon.Orders.Get(i)!;
            if (Sold.Contains(order.Marketplace.Id) && order.InSolicitationWindow(now))
            {
                eligible.Add(order.AmazonOrderId);
            }
        }

        return [.. eligible.Order(StringComparer.Ordinal)];
    }
}

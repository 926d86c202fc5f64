using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Amazon.Data;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Amazon.Tests.ReviewRequests;

/// <summary>The orders offered for review requests, and sending them, against the emulator on one clock.</summary>
public sealed class ReviewSolicitationTests : IAsyncLifetime, IDisposable
{
    // Ten days after the seeded history ends: the last weeks' deliveries are in their window, the latest not yet.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 1, 3, 12, 0, 0, TimeSpan.Zero));
    private SourceHost _host = null!;
    private SandboxServer _sandbox = null!;

    private AmazonEmulator Amazon => AmazonEmulator.Of(_sandbox);

    public async Task InitializeAsync()
    {
        _sandbox = await AmazonSandbox.StartAsync(customers: 300, configure: o => o.TimeProvider = _clock);
        _host = new SourceHost { Time = _clock };
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Each_shipped_order_is_offered_with_amazons_window_and_its_buyer()
    {
        var batches = await SourceHost.ReadAllAsync(_host.Create(AmazonSandbox.Options(_sandbox, "US")), "orders");

        var offers = batches.SelectMany(b => b.ReviewRequests).ToList();
        var orders = batches.SelectMany(b => b.Customers).SelectMany(c => c.OrderIds).Select(id => Amazon.Orders.Find(id)!).ToList();
        Assert.Equal(orders.Where(o => o.Status == AmazonOrderStatus.Shipped).Select(o => o.AmazonOrderId).Order(StringComparer.Ordinal),
            offers.Select(o => o.OrderId).Order(StringComparer.Ordinal));
        Assert.All(batches, b => Assert.All(b.ReviewRequests, offer =>
        {
            var order = Amazon.Orders.Find(offer.OrderId)!;
            Assert.Equal(order.EarliestDeliveryDate.AddDays(5), offer.OpensAt);
            Assert.Equal(order.LatestDeliveryDate.AddDays(30), offer.ClosesAt);
            Assert.Equal(order.Marketplace.Id, offer.Context["marketplaceId"]);
            Assert.Contains(b.Customers, c => c.SourceId == offer.CustomerSourceId && c.OrderIds.Contains(offer.OrderId));
        }));
    }

    [Fact]
    public async Task An_order_in_its_window_is_asked_once_and_asking_again_is_skipped_without_a_second_request()
    {
        var source = (IReviewRequestTarget)_host.Create(AmazonSandbox.Options(_sandbox, "US", "DE"));
        var order = Orders().First(o => o.InSolicitationWindow(_clock.GetUtcNow()));

        var sent = await source.RequestReviewAsync(Request(order), CancellationToken.None);
        var again = await source.RequestReviewAsync(Request(order), CancellationToken.None);

        Assert.Equal(SinkOutcome.Done, sent.Outcome);
        Assert.True(Amazon.Solicitations.WasSent(order.AmazonOrderId));
        Assert.Equal(SinkOutcome.Skipped, again.Outcome);
        Assert.Contains("already asked", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, Amazon.Vendor.Counters["solicitationsSent"]);
        Assert.Equal(0, Amazon.Vendor.Counters["solicitationsRefused"]);
    }

    [Fact]
    public async Task An_order_before_its_window_waits_for_it_and_one_after_it_is_skipped()
    {
        var source = (IReviewRequestTarget)_host.Create(AmazonSandbox.Options(_sandbox, "US", "DE"));
        var now = _clock.GetUtcNow();
        var early = Orders().First(o => o.Status == AmazonOrderStatus.Shipped && o.EarliestDeliveryDate.AddDays(5) > now);
        var late = Orders().First(o => o.Status == AmazonOrderStatus.Shipped && o.LatestDeliveryDate.AddDays(30) < now);

        var wait = await source.RequestReviewAsync(Request(early), CancellationToken.None);
        var closed = await source.RequestReviewAsync(Request(late), CancellationToken.None);

        Assert.Equal(SinkOutcome.Retry, wait.Outcome);
        Assert.Equal(early.EarliestDeliveryDate.AddDays(5) - now, wait.RetryAfter);
        Assert.Equal(SinkOutcome.Skipped, closed.Outcome);
        Assert.Contains("window closed", closed.Error, StringComparison.Ordinal);
        Assert.Empty(Amazon.Solicitations.Sent);
    }

    [Fact]
    public async Task A_request_without_a_known_marketplace_is_refused_with_the_reason()
    {
        var source = (IReviewRequestTarget)_host.Create(AmazonSandbox.Options(_sandbox, "US"));
        var order = Orders().First(o => o.InSolicitationWindow(_clock.GetUtcNow()));

        var result = await source.RequestReviewAsync(Request(order) with { Context = new Dictionary<string, string>() }, CancellationToken.None);

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.Contains("marketplace", result.Error, StringComparison.Ordinal);
    }

    private IEnumerable<AmazonOrder> Orders()
    {
        for (var i = Amazon.Orders.SeededCount - 1; i >= 0; i--)
        {
            yield return Amazon.Orders.Get(i)!;
        }
    }

    private static ReviewRequest Request(AmazonOrder order) => new()
    {
        IdempotencyKey = "amz:review_request:" + order.AmazonOrderId,
        OrderId = order.AmazonOrderId,
        OpensAt = order.EarliestDeliveryDate.AddDays(5),
        ClosesAt = order.LatestDeliveryDate.AddDays(30),
        Context = new Dictionary<string, string> { ["marketplaceId"] = order.Marketplace.Id },
    };
}

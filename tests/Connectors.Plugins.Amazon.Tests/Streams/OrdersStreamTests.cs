using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Amazon.Data;
using SandboxMarketplaces = Connectors.Sandbox.Amazon.Data.Marketplaces;
using Connectors.Sandbox.Framework;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Amazon.Tests.Streams;

/// <summary>The orders stream against the emulator: buyers, restricted data, regions, paging faults, increments.</summary>
public sealed class OrdersStreamTests : IAsyncLifetime, IDisposable
{
    private readonly SourceHost _host = new();
    private SandboxServer _sandbox = null!;

    private AmazonEmulator Amazon => AmazonEmulator.Of(_sandbox);

    public async Task InitializeAsync() => _sandbox = await AmazonSandbox.StartAsync(customers: 300);

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task With_restricted_data_every_order_of_every_region_comes_with_its_buyer()
    {
        var batches = await SourceHost.ReadAllAsync(_host.Create(AmazonSandbox.Options(_sandbox, "US", "CA", "DE", "GB", "JP")), "orders");

        var customers = batches.SelectMany(b => b.Customers).ToList();
        Assert.Equal(Amazon.Orders.SeededCount - SandboxMarketplaces.All.Where(m => m.CountryCode is "FR" or "IT" or "ES" or "SE").Sum(OrdersIn), customers.Count);
        Assert.All(customers, c =>
        {
            Assert.StartsWith("buyer:", c.SourceId, StringComparison.Ordinal);
            Assert.NotNull(c.Email);
            Assert.NotNull(c.Name);
            Assert.Single(c.OrderIds);
        });
        Assert.Contains(customers, c => c.Identities.Count == 1); // a relay address, kept as the buyer's Amazon identity
        Assert.Contains(customers, c => c.Identities.Count == 0);  // the buyer's own address
        Assert.Contains(_sandbox.Vendor("amazon").Received.Items, r => r.Path.StartsWith("/eu/", StringComparison.Ordinal));
        Assert.Contains(_sandbox.Vendor("amazon").Received.Items, r => r.Path.StartsWith("/fe/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_restricted_data_a_buyer_is_the_buyer_of_one_order()
    {
        var options = AmazonSandbox.Options(_sandbox, "US");
        options.RestrictedData = false;

        var customers = (await SourceHost.ReadAllAsync(_host.Create(options), "orders")).SelectMany(b => b.Customers).ToList();

        Assert.NotEmpty(customers);
        Assert.All(customers, c =>
        {
            Assert.Equal("order:" + c.OrderIds.Single(), c.SourceId);
            Assert.Null(c.Email);
            Assert.Equal(2, c.Country!.Length);
        });
    }

    [Fact]
    public async Task An_incremental_run_reads_only_the_orders_changed_since_the_last_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 10, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await AmazonSandbox.StartAsync(customers: 100, configure: o => o.TimeProvider = clock);
        var amazon = AmazonEmulator.Of(sandbox);
        using var host = new SourceHost { Time = clock };
        var source = host.Create(AmazonSandbox.Options(sandbox, "US"));
        var backfill = await SourceHost.ReadAllAsync(source, "orders");
        var added = amazon.Orders.Add(3, SandboxMarketplaces.US, null, AmazonOrderStatus.Unshipped, true, null);
        var cancelled = backfill.SelectMany(b => b.Customers).First().OrderIds[0];
        amazon.Orders.SetStatus(cancelled, AmazonOrderStatus.Canceled);
        clock.Advance(TimeSpan.FromMinutes(10)); // getOrders shows changes once they are two minutes old

        var next = await SourceHost.ReadAllAsync(source, "orders", backfill[^1].Checkpoint);

        Assert.Equal(
            new[] { added.AmazonOrderId, cancelled }.Order(StringComparer.Ordinal),
            next.SelectMany(b => b.Customers).SelectMany(c => c.OrderIds).Order(StringComparer.Ordinal));
        var nothing = await SourceHost.ReadAllAsync(source, "orders", next[^1].Checkpoint);
        Assert.Equal(0, nothing.Sum(b => b.RecordCount));
    }

    [Fact]
    public async Task A_repeated_page_token_ends_the_run_with_a_clear_error()
    {
        _sandbox.Vendor("amazon").Faults.Set(new FaultSettings { RepeatCursorOnce = true });
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "US", "CA", "DE", "GB", "JP"));
        var batches = new List<SourceBatch>();

        var error = await Assert.ThrowsAsync<AmazonApiException>(async () =>
        {
            await foreach (var batch in source.ReadAsync("orders", null, CancellationToken.None))
            {
                batches.Add(batch);
            }
        });

        Assert.Contains("NextToken it had already given", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _sandbox.Vendor("amazon").Counters["repeatedTokens"]);
        // The next run reads the window again and finishes.
        var again = await SourceHost.ReadAllAsync(source, "orders", batches[^1].Checkpoint);
        Assert.NotEmpty(again.SelectMany(b => b.Customers));
    }

    private long OrdersIn(Marketplace marketplace)
    {
        long count = 0;
        for (long i = 0; i < Amazon.Orders.SeededCount; i++)
        {
            if (Amazon.Orders.Get(i)?.Marketplace == marketplace)
            {
                count++;
            }
        }

        return count;
    }
}

using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Amazon;

public sealed class AmazonOrdersTests
{
    [Fact]
    public async Task GetOrders_pages_through_every_order_of_the_marketplace_once()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var ids = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var path = next is null ? AmazonSandbox.AllOrders(pageSize: 7) : $"orders/v0/orders?MarketplaceIds={AmazonTestClient.Us}&NextToken={Uri.EscapeDataString(next)}";
            var payload = (await sandbox.GetAsync(path, token)).Json.GetProperty("payload");
            var orders = payload.GetProperty("Orders").EnumerateArray().ToList();
            Assert.True(orders.Count <= 7);
            Assert.All(orders, o => Assert.Equal(AmazonTestClient.Us, o.GetProperty("MarketplaceId").GetString()));
            ids.AddRange(orders.Select(o => o.GetProperty("AmazonOrderId").GetString()!));
            next = payload.TryGetProperty("NextToken", out var token2) ? token2.GetString() : null;
            pages++;
        }
        while (next is not null && pages < 100);

        var expected = Enumerable.Range(0, (int)sandbox.Amazon().Orders.SeededCount)
            .Select(i => sandbox.Amazon().Orders.Get(i)!).Where(o => o.Marketplace.Id == AmazonTestClient.Us).Select(o => o.AmazonOrderId).ToList();
        Assert.True(pages > 2, $"only {pages} pages");
        Assert.Equal(expected, ids);
        Assert.All(ids, id => Assert.Matches(@"^\d{3}-\d{7}-\d{7}$", id));
    }

    [Fact]
    public async Task SearchOrders_2026_sees_the_same_orders_with_its_pagination_token()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var after = AmazonTestClient.Iso(SandboxHarness.Start.AddDays(-800));
        var v0 = (await sandbox.GetAsync($"orders/v0/orders?MarketplaceIds={AmazonTestClient.De}&CreatedAfter={after}", token)).Json
            .GetProperty("payload").GetProperty("Orders").EnumerateArray().Select(o => o.GetProperty("AmazonOrderId").GetString()).ToList();
        var ids = new List<string?>();
        string? next = null;
        do
        {
            var path = $"orders/2026-01-01/orders?marketplaceIds={AmazonTestClient.De}&createdAfter={after}&maxResultsPerPage=4&includedData=FULFILLMENT,PROCEEDS"
                + (next is null ? "" : "&paginationToken=" + Uri.EscapeDataString(next));
            var json = (await sandbox.GetAsync(path, token)).Json;
            ids.AddRange(json.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()));
            Assert.All(json.GetProperty("orders").EnumerateArray(), o => Assert.True(o.TryGetProperty("fulfillment", out _)));
            next = json.TryGetProperty("pagination", out var p) ? p.GetProperty("nextToken").GetString() : null;
        }
        while (next is not null);

        Assert.NotEmpty(v0);
        Assert.Equal(v0, ids);
    }

    [Theory]
    [InlineData("orders/v0/orders?CreatedAfter=2024-01-01T00:00:00Z", "MarketplaceIds")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER", "CreatedAfter")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2024-01-01T00:00:00Z&LastUpdatedAfter=2024-01-01T00:00:00Z", "cannot be combined")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&LastUpdatedAfter=2025-05-01T00:00:00Z&LastUpdatedBefore=2025-06-01T11:59:00Z", "two minutes")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2025-05-01T00:00:00Z&CreatedBefore=2025-04-01T00:00:00Z", "equal to or after")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter=2025-05-01T00:00:00Z&MaxResultsPerPage=101", "between 1 and 100")]
    [InlineData("orders/2026-01-01/orders?createdAfter=2025-05-01T00:00:00Z&lastUpdatedBefore=2025-05-02T00:00:00Z", "cannot be combined")]
    [InlineData("orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&NextToken=not-ours", "NextToken")]
    public async Task The_date_and_paging_rules_answer_400_invalid_input(string path, string expected)
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        // Only a v0 call without MarketplaceIds breaks the model itself; the others are valid shapes that break Amazon's rules.
        var breaksModel = path.StartsWith("orders/v0", StringComparison.Ordinal) && !path.Contains("MarketplaceIds", StringComparison.Ordinal);
        var call = await sandbox.GetAsync(path, await sandbox.AccessTokenAsync(), breaksModel);

        Assert.Equal(HttpStatusCode.BadRequest, call.Status);
        Assert.Equal("InvalidInput", call.ErrorCode);
        Assert.Contains(expected, call.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(call.Header("x-amzn-RateLimit-Limit"));
    }

    [Fact]
    public async Task Last_updated_filter_finds_an_order_changed_now_and_reports_its_bound()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var order = sandbox.Amazon().Orders.Get(3)!;
        sandbox.Amazon().Orders.SetStatus(order.AmazonOrderId, Connectors.Sandbox.Amazon.Data.AmazonOrderStatus.Canceled);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(3));

        var since = AmazonTestClient.Iso(SandboxHarness.Start.AddMinutes(-1));
        var payload = (await sandbox.GetAsync($"orders/v0/orders?MarketplaceIds={order.Marketplace.Id}&LastUpdatedAfter={since}", token)).Json.GetProperty("payload");

        var found = Assert.Single(payload.GetProperty("Orders").EnumerateArray());
        Assert.Equal(order.AmazonOrderId, found.GetProperty("AmazonOrderId").GetString());
        Assert.Equal("Canceled", found.GetProperty("OrderStatus").GetString());
        Assert.Equal("2025-06-01T12:01:00Z", payload.GetProperty("LastUpdatedBefore").GetString());
    }

    [Fact]
    public async Task GetOrder_and_getOrderItems_answer_an_order_by_id_and_404_for_an_unknown_one()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var order = sandbox.Amazon().Orders.Get(5)!;

        var v0 = await sandbox.GetAsync($"orders/v0/orders/{order.AmazonOrderId}", token);
        var items = await sandbox.GetAsync($"orders/v0/orders/{order.AmazonOrderId}/orderItems", token);
        var v2026 = await sandbox.GetAsync($"orders/2026-01-01/orders/{order.AmazonOrderId}?includedData=RECIPIENT", token);
        var missing = await sandbox.GetAsync("orders/v0/orders/999-0000000-0000000", token);

        Assert.Equal(order.AmazonOrderId, v0.Json.GetProperty("payload").GetProperty("AmazonOrderId").GetString());
        Assert.Equal(order.Lines.Count, items.Json.GetProperty("payload").GetProperty("OrderItems").GetArrayLength());
        Assert.Equal(order.AmazonOrderId, v2026.Json.GetProperty("order").GetProperty("orderId").GetString());
        Assert.False(v2026.Json.GetProperty("order").GetProperty("recipient").GetProperty("deliveryAddress").TryGetProperty("phone", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("NotFound", missing.ErrorCode);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_orders_and_another_seed_other_ones()
    {
        static async Task<string> FirstPage(int seed)
        {
            await using var sandbox = await AmazonSandbox.StartAsync(o => o.Seed = seed);
            var json = (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 20), await sandbox.AccessTokenAsync())).Json;
            return JsonSerializer.Serialize(json.GetProperty("payload").GetProperty("Orders"));
        }

        Assert.Equal(await FirstPage(7), await FirstPage(7));
        Assert.NotEqual(await FirstPage(7), await FirstPage(8));
    }

    [Fact]
    public async Task The_repeat_cursor_knob_answers_the_page_token_it_was_given_once()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var first = (await sandbox.GetAsync(AmazonSandbox.AllOrders(pageSize: 3), token)).Json.GetProperty("payload").GetProperty("NextToken").GetString()!;
        sandbox.Amazon().Vendor.Faults.Set(new() { RepeatCursorOnce = true });
        var next = $"orders/v0/orders?MarketplaceIds={AmazonTestClient.Us}&NextToken={Uri.EscapeDataString(first)}";

        var repeated = (await sandbox.GetAsync(next, token)).Json.GetProperty("payload").GetProperty("NextToken").GetString();
        var after = (await sandbox.GetAsync(next, token)).Json.GetProperty("payload").GetProperty("NextToken").GetString();

        Assert.Equal(first, repeated);
        Assert.NotEqual(first, after);
    }

    [Fact]
    public async Task A_regional_endpoint_refuses_a_marketplace_of_another_region()
    {
        await using var sandbox = await AmazonSandbox.StartAsync();
        var token = await sandbox.AccessTokenAsync();
        var after = AmazonTestClient.Iso(SandboxHarness.Start.AddDays(-800));

        var wrong = await sandbox.GetAsync($"eu/orders/v0/orders?MarketplaceIds={AmazonTestClient.Us}&CreatedAfter={after}", token);
        var right = await sandbox.GetAsync($"eu/orders/v0/orders?MarketplaceIds={AmazonTestClient.De}&CreatedAfter={after}", token);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("EU endpoint", wrong.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.Status);
    }
}

using System.Net;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class CostTests
{
    [Fact]
    public async Task Requested_cost_is_reserved_and_the_unused_part_refunded()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);

        // Connection 2 + 10 nodes x (node 1 + defaultAddress 1); only 3 customers exist, so 2 + 3 x 2 is charged.
        var answer = await sandbox.QueryAsync("{ customers(first: 10) { edges { node { id defaultAddress { city } } } pageInfo { hasNextPage } } }");
        Assert.Equal(22, answer.RequestedCost);
        Assert.Equal(8, answer.ActualCost);
        Assert.Equal(2000 - 8, answer.Available);
        Assert.Contains("\"throttleStatus\":{\"maximumAvailable\":2000.0,\"currentlyAvailable\":1992,\"restoreRate\":100.0}", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_connections_multiply_and_scalars_are_free()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 20);
        var answer = await sandbox.QueryAsync("{ customers(first: 5) { edges { node { id email tags orders(first: 10) { nodes { id note } } } } } }");
        Assert.Equal(2 + (5 * (1 + 2 + 10)), answer.RequestedCost);
        var orders = answer.Data.GetProperty("customers").GetProperty("edges").EnumerateArray()
            .Sum(e => e.GetProperty("node").GetProperty("orders").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2 + (5 * (1 + 2)) + orders, answer.ActualCost);
    }

    [Fact]
    public async Task Points_flow_back_at_the_restore_rate_of_the_plan()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 300);
        sandbox.Shopify.Knobs = sandbox.Shopify.Knobs with { Plan = Connectors.Sandbox.Shopify.ShopifyPlan.Advanced };
        var first = await sandbox.QueryAsync("{ customers(first: 250) { nodes { id } } }");
        Assert.Equal(4000 - 252, first.Available);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await sandbox.QueryAsync("{ shop { name } }");
        Assert.Equal(4000 - 252 + 200 - 1, second.Available);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(4000, sandbox.Shopify.GetThrottleStatus().CurrentlyAvailable);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(429)]
    public async Task A_query_the_bucket_cannot_afford_is_throttled_without_data(int status)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 100, o => o.Shopify.Knobs = new() { BucketSize = 100, RestoreRate = 10, ThrottledStatusCode = status });
        const string query = "{ customers(first: 50) { nodes { id } } }";
        var ok = await sandbox.QueryAsync(query);
        Assert.Equal(48, ok.Available);

        var throttled = await sandbox.QueryAsync(query);
        Assert.Equal((HttpStatusCode)status, throttled.Status);
        Assert.False(throttled.Json.TryGetProperty("data", out _));
        Assert.Equal("Throttled", throttled.FirstError.GetProperty("message").GetString());
        Assert.Equal("THROTTLED", throttled.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(52, throttled.RequestedCost);
        Assert.Null(throttled.ActualCost);
        Assert.Equal(48, throttled.Available);
        if (status == 429)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), throttled.RetryAfter);
        }

        sandbox.Clock.Advance(TimeSpan.FromSeconds(0.4));
        Assert.Equal(HttpStatusCode.OK, (await sandbox.QueryAsync(query)).Status);
        Assert.Equal(1, sandbox.Shopify.Vendor.Counters.Throttled);
    }

    [Fact]
    public async Task Each_token_has_its_own_bucket()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 100, o => o.Shopify.AccessTokens.Add("shpat_second"));
        await sandbox.QueryAsync("{ customers(first: 100) { nodes { id } } }");
        var other = await sandbox.QueryAsync("{ shop { name } }", token: "shpat_second");
        Assert.Equal(1999, other.Available);
    }

    [Fact]
    public async Task Queries_over_1000_points_are_refused_with_MAX_COST_EXCEEDED()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        var answer = await sandbox.QueryAsync("{ customers(first: 250) { nodes { id defaultAddress { city } orders(first: 2) { nodes { id } } } } }");
        var error = answer.FirstError;
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2 + (250 * (1 + 1 + 2 + 2)), error.GetProperty("extensions").GetProperty("cost").GetInt32());
        Assert.Equal(1000, error.GetProperty("extensions").GetProperty("maxCost").GetInt32());
        Assert.StartsWith("Query cost is 1502, which exceeds the single query max cost limit (1000).", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2000, answer.Available);
    }

    [Fact]
    public async Task Mutations_cost_ten_and_throttling_can_be_switched_off()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10, o => o.Shopify.Knobs = new() { BucketSize = 5 });
        var refused = await sandbox.QueryAsync("mutation { bulkOperationCancel(id: \"gid://shopify/BulkOperation/1\") { userErrors { message } } }");
        Assert.Equal(10, refused.RequestedCost);
        Assert.Equal("THROTTLED", refused.FirstError.GetProperty("extensions").GetProperty("code").GetString());

        sandbox.Shopify.Knobs = sandbox.Shopify.Knobs with { ThrottlingEnabled = false };
        for (var i = 0; i < 3; i++)
        {
            var answer = await sandbox.QueryAsync("mutation { bulkOperationCancel(id: \"gid://shopify/BulkOperation/1\") { userErrors { message } } }");
            Assert.False(answer.HasErrors, answer.Body);
            Assert.Equal(10, answer.ActualCost);
        }
    }
}

using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class PaginationTests
{
    private const string Page = """
        query Page($first: Int!, $after: String) {
          customers(first: $first, after: $after) {
            edges { cursor node { id updatedAt } }
            pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
          }
        }
        """;

    [Fact]
    public async Task First_after_walks_every_customer_once_in_id_order()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 120);
        var ids = new List<long>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var answer = await sandbox.QueryAsync(Page, new { first = 50, after });
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            var connection = answer.Data.GetProperty("customers");
            var info = connection.GetProperty("pageInfo");
            Assert.Equal(pages > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                ids.Add(Gids.Legacy(edge.GetProperty("node")));
            }

            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = info.GetProperty("endCursor").GetString();
            var edges = connection.GetProperty("edges");
            Assert.Equal(edges[edges.GetArrayLength() - 1].GetProperty("cursor").GetString(), after);
        }

        Assert.Equal(3, pages);
        Assert.Equal(120, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(120, ids.Distinct().Count());
    }

    [Fact]
    public async Task Last_before_pages_backwards_and_reverse_flips_the_order()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 30);
        var tail = await sandbox.QueryAsync("{ customers(last: 10) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }");
        var tailIds = Ids(tail.Data.GetProperty("customers"));
        Assert.Equal(Enumerable.Range(20, 10).Select(i => 7_000_000_000_000L + i), tailIds);
        var info = tail.Data.GetProperty("customers").GetProperty("pageInfo");
        Assert.True(info.GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(info.GetProperty("hasNextPage").GetBoolean());

        var before = await sandbox.QueryAsync("query($c: String) { customers(last: 10, before: $c) { nodes { id } pageInfo { hasNextPage } } }",
            new { c = info.GetProperty("startCursor").GetString() });
        Assert.Equal(Enumerable.Range(10, 10).Select(i => 7_000_000_000_000L + i), Ids(before.Data.GetProperty("customers")));
        Assert.True(before.Data.GetProperty("customers").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var reversed = await sandbox.QueryAsync("{ customers(first: 3, reverse: true) { nodes { id } } }");
        Assert.Equal([7_000_000_000_029L, 7_000_000_000_028L, 7_000_000_000_027L], Ids(reversed.Data.GetProperty("customers")));
    }

    [Fact]
    public async Task Sorting_by_updated_at_orders_by_time_then_id_and_pages_through_everything()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 80);
        var seen = new List<(DateTimeOffset, long)>();
        string? after = null;
        do
        {
            var answer = await sandbox.QueryAsync(
                "query($a: String) { customers(first: 25, after: $a, sortKey: UPDATED_AT) { nodes { id updatedAt } pageInfo { hasNextPage endCursor } } }",
                new { a = after });
            var connection = answer.Data.GetProperty("customers");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray()
                .Select(n => (n.GetProperty("updatedAt").GetDateTimeOffset(), Id(n))));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(80, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task A_page_needs_first_or_last_and_at_most_250()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        var none = await sandbox.QueryAsync("{ customers { nodes { id } } }");
        Assert.Equal("you must provide one of first or last", none.FirstError.GetProperty("message").GetString());
        Assert.False(none.Json.TryGetProperty("data", out _));
        var tooMany = await sandbox.QueryAsync("{ orders(first: 251) { nodes { id } } }");
        Assert.Contains("250", tooMany.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        var badCursor = await sandbox.QueryAsync("{ customers(first: 1, after: \"nonsense\") { nodes { id } } }");
        Assert.Contains("Invalid cursor", badCursor.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orders_connection_pages_and_links_customers()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 40);
        var answer = await sandbox.QueryAsync("""
            { orders(first: 5, sortKey: ID) { edges { node {
                id name email phone note tags createdAt updatedAt displayFinancialStatus
                customer { id email }
                totalPriceSet { shopMoney { amount currencyCode } }
            } } } }
            """);
        var orders = answer.Data.GetProperty("orders").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(5, orders.Count);
        foreach (var order in orders)
        {
            Assert.StartsWith("gid://shopify/Order/", order.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("#", order.GetProperty("name").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("gid://shopify/Customer/", order.GetProperty("customer").GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Equal("USD", order.GetProperty("totalPriceSet").GetProperty("shopMoney").GetProperty("currencyCode").GetString());
            Assert.True(decimal.Parse(order.GetProperty("totalPriceSet").GetProperty("shopMoney").GetProperty("amount").GetString()!,
                System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
    }

    private static List<long> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(Id).ToList();

    private static long Id(JsonElement node) => Gids.Legacy(node);
}

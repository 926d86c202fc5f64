using System.Text.Json;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class FilterTests
{
    [Theory]
    [InlineData(">")]
    [InlineData(">=")]
    [InlineData("<")]
    [InlineData("<=")]
    public async Task Updated_at_filter_returns_exactly_the_matching_customers(string op)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 150);
        var all = Enumerable.Range(0, 150).Select(i => sandbox.Shopify.Store.GetCustomer(7_000_000_000_000L + i)!).ToList();
        var pivot = all.OrderBy(c => c.UpdatedAt).ElementAt(75).UpdatedAt;
        var expected = all.Where(c => Compare(c.UpdatedAt, op, pivot)).OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id).Select(c => c.Id).ToList();

        var got = await Collect(sandbox, $"updated_at:{op}'{pivot:yyyy-MM-ddTHH:mm:ssZ}'", "UPDATED_AT");
        Assert.Equal(expected, got);

        // The same filter with id order (a scan, not a range) returns the same set.
        var byId = await Collect(sandbox, $"updated_at:{op}'{pivot:yyyy-MM-ddTHH:mm:ssZ}'", "ID");
        Assert.Equal(expected.Order(), byId);
    }

    [Fact]
    public async Task Terms_are_anded_and_dates_may_be_bare_or_double_quoted()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 150);
        var all = Enumerable.Range(0, 150).Select(i => sandbox.Shopify.Store.GetCustomer(7_000_000_000_000L + i)!).ToList();
        var from = all[30].CreatedAt;
        var to = all[60].CreatedAt;
        var expected = all.Where(c => c.CreatedAt >= from && c.CreatedAt < to).Select(c => c.Id).ToList();
        var query = $"created_at:>={from:yyyy-MM-ddTHH:mm:ssZ} AND created_at:<\"{to:yyyy-MM-ddTHH:mm:ssZ}\"";
        Assert.Equal(expected, await Collect(sandbox, query, "CREATED_AT"));
    }

    [Fact]
    public async Task Unknown_search_fields_are_ignored_with_a_search_warning()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        var answer = await sandbox.QueryAsync("{ customers(first: 50, query: \"colour:blue\") { nodes { id } } }");
        Assert.Equal(10, answer.Data.GetProperty("customers").GetProperty("nodes").GetArrayLength());
        var warning = answer.Json.GetProperty("extensions").GetProperty("search")[0];
        Assert.Equal("customers", warning.GetProperty("path")[0].GetString());
        Assert.Equal("colour", warning.GetProperty("warnings")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Orders_filter_on_processed_at_and_email()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 30);
        var customer = sandbox.Shopify.Store.GetCustomer(7_000_000_000_003L)!;
        var answer = await sandbox.QueryAsync("query($q: String) { orders(first: 50, query: $q) { nodes { customer { id } } } }",
            new { q = $"email:{customer.Email!.ToUpperInvariant()} processed_at:>2000-01-01" });
        var owners = answer.Data.GetProperty("orders").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("customer").GetProperty("id").GetString()).Distinct().ToList();
        Assert.Equal(sandbox.Shopify.Store.NumberOfOrders(customer.Id), answer.Data.GetProperty("orders").GetProperty("nodes").GetArrayLength());
        Assert.All(owners, o => Assert.Equal(customer.Gid, o));
    }

    private static bool Compare(DateTimeOffset value, string op, DateTimeOffset pivot) => op switch
    {
        ">" => value > pivot,
        ">=" => value >= pivot,
        "<" => value < pivot,
        _ => value <= pivot,
    };

    private static async Task<List<long>> Collect(SandboxHarness sandbox, string query, string sortKey)
    {
        var ids = new List<long>();
        string? after = null;
        do
        {
            var answer = await sandbox.QueryAsync(
                $"query($q: String, $a: String) {{ customers(first: 40, after: $a, query: $q, sortKey: {sortKey}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { q = query, a = after });
            var connection = answer.Data.GetProperty("customers");
            ids.AddRange(connection.GetProperty("nodes").EnumerateArray()
                .Select(Gids.Legacy));
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return ids;
    }
}

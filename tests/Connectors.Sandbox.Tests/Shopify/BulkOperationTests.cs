using System.Text.Json;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class BulkOperationTests
{
    private const string Inner = "{ customers { edges { node { id email orders { edges { node { id note } } } } } } }";

    [Fact]
    public async Task Runs_from_created_to_completed_and_serves_jsonl_with_parent_ids()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 60);
        var started = await Start(sandbox, Inner);
        Assert.Equal("CREATED", started.GetProperty("status").GetString());
        var id = started.GetProperty("id").GetString()!;

        var done = await WaitAsync(sandbox, id, "COMPLETED");
        var expectedOrders = Enumerable.Range(0, 60).Sum(i => sandbox.Shopify.Store.NumberOfOrders(7_000_000_000_000L + i));
        Assert.Equal("60", done.GetProperty("rootObjectCount").GetString());
        Assert.Equal((60 + expectedOrders).ToString(System.Globalization.CultureInfo.InvariantCulture), done.GetProperty("objectCount").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("partialDataUrl").ValueKind);
        Assert.Equal("QUERY", done.GetProperty("type").GetString());
        Assert.Equal(Inner, done.GetProperty("query").GetString());

        var url = done.GetProperty("url").GetString()!;
        var file = await sandbox.Http.GetByteArrayAsync(url);
        Assert.Equal(done.GetProperty("fileSize").GetString(), file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var lines = System.Text.Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var parents = lines.Where(l => !l.TryGetProperty("__parentId", out _)).Select(l => l.GetProperty("id").GetString()).ToHashSet();
        var children = lines.Where(l => l.TryGetProperty("__parentId", out _)).ToList();
        Assert.Equal(60, parents.Count);
        Assert.Equal(expectedOrders, children.Count);
        Assert.All(children, c =>
        {
            Assert.StartsWith("gid://shopify/Order/", c.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Contains(c.GetProperty("__parentId").GetString(), parents);
            Assert.False(c.TryGetProperty("orders", out _));
        });
        Assert.All(lines.Where(l => !l.TryGetProperty("__parentId", out _)), p => Assert.False(p.TryGetProperty("orders", out _)));
    }

    [Fact]
    public async Task Only_one_runs_at_a_time_and_it_can_be_cancelled()
    {
        // Slow enough that a loaded machine cannot finish the operation before the test cancels it.
        await using var sandbox = await SandboxHarness.StartAsync(customers: 200, o => o.Shopify.Knobs = new() { BulkObjectsPerSecond = 5 });
        var first = await Start(sandbox, Inner);
        var second = await sandbox.QueryAsync($"mutation {{ bulkOperationRunQuery(query: {JsonSerializer.Serialize(Inner)}) {{ bulkOperation {{ id }} userErrors {{ field message code }} }} }}");
        var payload = second.Data.GetProperty("bulkOperationRunQuery");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("bulkOperation").ValueKind);
        Assert.Equal("OPERATION_IN_PROGRESS", payload.GetProperty("userErrors")[0].GetProperty("code").GetString());

        var running = await WaitAsync(sandbox, first.GetProperty("id").GetString()!, "RUNNING");
        var current = await sandbox.QueryAsync("{ currentBulkOperation(type: QUERY) { id status } }");
        Assert.Equal(running.GetProperty("id").GetString(), current.Data.GetProperty("currentBulkOperation").GetProperty("id").GetString());

        var cancel = await sandbox.QueryAsync("mutation($id: ID!) { bulkOperationCancel(id: $id) { bulkOperation { status } userErrors { message } } }",
            new { id = first.GetProperty("id").GetString() });
        Assert.Equal("CANCELING", cancel.Data.GetProperty("bulkOperationCancel").GetProperty("bulkOperation").GetProperty("status").GetString());
        await WaitAsync(sandbox, first.GetProperty("id").GetString()!, "CANCELED");
    }

    [Fact]
    public async Task A_failing_operation_offers_its_partial_data()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 50, o => o.Shopify.Knobs = new() { BulkFailAfterObjects = 25 });
        var started = await Start(sandbox, Inner);
        var failed = await WaitAsync(sandbox, started.GetProperty("id").GetString()!, "FAILED");
        Assert.Equal("INTERNAL_SERVER_ERROR", failed.GetProperty("errorCode").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("url").ValueKind);
        Assert.Equal("25", failed.GetProperty("objectCount").GetString());
        var partial = await sandbox.Http.GetStringAsync(failed.GetProperty("partialDataUrl").GetString());
        Assert.Equal(25, partial.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_result_is_the_shop_as_it_was_when_the_operation_started()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 30, o => o.Shopify.Knobs = new() { BulkObjectsPerSecond = 200 });
        var before = sandbox.Shopify.Store.GetCustomer(7_000_000_000_005L)!;
        var started = await Start(sandbox, "{ customers { nodes { id firstName } } }");
        sandbox.Shopify.Store.UpdateCustomer(before.Id, new() { FirstName = "Changed" });
        sandbox.Shopify.Store.CreateCustomer(new() { FirstName = "Late" });
        var done = await WaitAsync(sandbox, started.GetProperty("id").GetString()!, "COMPLETED");
        var text = await sandbox.Http.GetStringAsync(done.GetProperty("url").GetString());
        Assert.Contains($"\"firstName\":{JsonSerializer.Serialize(before.FirstName, Connectors.Sandbox.Framework.SandboxJson.Options)}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Late", text, StringComparison.Ordinal);
        Assert.Equal("30", done.GetProperty("rootObjectCount").GetString());
    }

    [Fact]
    public async Task Invalid_bulk_queries_get_user_errors_and_lookups_find_operations()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        var invalid = await sandbox.QueryAsync("mutation { bulkOperationRunQuery(query: \"{ customers { nodes { id colour } } }\") { bulkOperation { id } userErrors { field message code } } }");
        var error = invalid.Data.GetProperty("bulkOperationRunQuery").GetProperty("userErrors")[0];
        Assert.Equal("query", error.GetProperty("field")[0].GetString());
        Assert.Equal("Invalid bulk query: Field 'colour' doesn't exist on type 'Customer'", error.GetProperty("message").GetString());
        Assert.Equal("INVALID", error.GetProperty("code").GetString());

        var notConnection = await sandbox.QueryAsync("mutation { bulkOperationRunQuery(query: \"{ shop { name } }\") { userErrors { message } } }");
        Assert.Contains("connection", notConnection.Data.GetProperty("bulkOperationRunQuery").GetProperty("userErrors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var started = await Start(sandbox, "{ orders { edges { node { id } } } }");
        var id = started.GetProperty("id").GetString();
        await WaitAsync(sandbox, id!, "COMPLETED");
        const string lookup = "query($id: ID!) { bulkOperation(id: $id) { status } node(id: $id) { ... on BulkOperation { status rootObjectCount } } }";
        var old = await sandbox.QueryAsync(lookup, new { id });
        Assert.Equal("undefinedField", old.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        var byId = await sandbox.QueryAsync(lookup, new { id }, version: "2026-01");
        Assert.Equal("COMPLETED", byId.Data.GetProperty("bulkOperation").GetProperty("status").GetString());
        Assert.Equal("COMPLETED", byId.Data.GetProperty("node").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_filtered_bulk_query_returns_what_the_same_filter_pages_through()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 80);
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        sandbox.Shopify.Store.UpdateCustomer(7_000_000_000_010L, new() { Note = "changed" });
        var pivot = sandbox.Shopify.Store.GetCustomer(7_000_000_000_040L)!.UpdatedAt;
        var filter = $"updated_at:>='{pivot:yyyy-MM-ddTHH:mm:ssZ}'";
        var paged = await sandbox.QueryAsync("query($q: String) { customers(first: 100, query: $q) { nodes { id } } }", new { q = filter });
        var expected = paged.Data.GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains("gid://shopify/Customer/7000000000010", expected);

        var started = await Start(sandbox, $"{{ customers(query: {JsonSerializer.Serialize(filter)}) {{ edges {{ node {{ id orders {{ edges {{ node {{ id }} }} }} }} }} }} }}");
        var done = await WaitAsync(sandbox, started.GetProperty("id").GetString()!, "COMPLETED");
        var lines = (await sandbox.Http.GetStringAsync(done.GetProperty("url").GetString())).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var roots = lines.Where(l => !l.TryGetProperty("__parentId", out _)).Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(expected, roots);
        Assert.Equal(lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), done.GetProperty("objectCount").GetString());
    }

    [Fact]
    public async Task From_2026_01_five_operations_may_run_at_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 100, o => o.Shopify.Knobs = new() { BulkObjectsPerSecond = 10 });
        const string run = "mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id } userErrors { code } } }";
        for (var i = 0; i < 5; i++)
        {
            var ok = await sandbox.QueryAsync(run, new { q = Inner }, version: "2026-01");
            Assert.Equal(0, ok.Data.GetProperty("bulkOperationRunQuery").GetProperty("userErrors").GetArrayLength());
        }

        var sixth = await sandbox.QueryAsync(run, new { q = Inner }, version: "2026-01");
        Assert.Equal("OPERATION_IN_PROGRESS", sixth.Data.GetProperty("bulkOperationRunQuery").GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    private static async Task<JsonElement> Start(SandboxHarness sandbox, string query)
    {
        var answer = await sandbox.QueryAsync(
            "mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation { id status } userErrors { field message } } }",
            new { q = query });
        var payload = answer.Data.GetProperty("bulkOperationRunQuery");
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        return payload.GetProperty("bulkOperation");
    }

    private static async Task<JsonElement> WaitAsync(SandboxHarness sandbox, string id, string status)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var answer = await sandbox.QueryAsync(
                "query($id: ID!) { node(id: $id) { ... on BulkOperation { id status errorCode objectCount rootObjectCount fileSize url partialDataUrl type query createdAt completedAt } } }",
                new { id });
            var operation = answer.Data.GetProperty("node");
            if (operation.GetProperty("status").GetString() == status)
            {
                return operation;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"bulk operation {id} never reached {status}");
    }
}

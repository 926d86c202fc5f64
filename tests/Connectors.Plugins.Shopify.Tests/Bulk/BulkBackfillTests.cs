using System.Net;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Tests.Bulk;

/// <summary>The bulk operation lifecycle against canned answers: start, re-attach, poll, stream, switch to incremental.</summary>
public sealed class BulkBackfillTests : IDisposable
{
    private const string BulkId = "gid://shopify/BulkOperation/1";
    private const string ResultUrl = "http://127.0.0.1:5999/bulk/1.jsonl";
    private static readonly DateTimeOffset CreatedAt = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Lines =
    [
        "{\"id\":\"gid://shopify/Customer/1\",\"firstName\":\"Ann\",\"updatedAt\":\"2024-02-01T00:00:00Z\",\"tags\":[]}",
        "{\"id\":\"gid://shopify/Customer/2\",\"firstName\":\"Bo\",\"updatedAt\":\"2024-02-01T00:00:00Z\",\"tags\":[]}",
        "{\"id\":\"gid://shopify/Order/9\",\"name\":\"#9\",\"createdAt\":\"2024-01-01T00:00:00Z\",\"updatedAt\":\"2024-01-01T00:00:00Z\",\"__parentId\":\"gid://shopify/Customer/3\"}",
        "{\"id\":\"gid://shopify/Customer/3\",\"firstName\":\"Cy\",\"updatedAt\":\"2024-02-01T00:00:00Z\",\"tags\":[]}",
    ];

    private readonly ShopifyTestHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Jsonl(int count = 4) => string.Concat(Lines.Take(count).Select(l => l + "\n"));

    private void ServeResult(params string[] bodies)
    {
        foreach (var body in bodies)
        {
            _host.Shopify.Enqueue(ResultUrl, _ => ShopifyJson.Response(body));
        }
    }

    private void EmptyCustomersPage() => _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([], false, null));

    [Fact]
    public async Task An_empty_checkpoint_backfills_through_a_bulk_operation_then_switches_to_incremental()
    {
        _host.Shopify
            .Enqueue("BulkRun", ShopifyJson.BulkStarted(BulkId))
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "RUNNING"))
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", ResultUrl, objectCount: 4));
        ServeResult(Jsonl());
        EmptyCustomersPage();

        var batches = await _host.ReadAllAsync("customers", null);

        // The operation id is committed before anything else, so a restart re-attaches.
        Assert.Equal(0, batches[0].RecordCount);
        Assert.Equal(BulkId, ShopifyCheckpoint.Parse(batches[0].Checkpoint).Bulk!.Id);
        Assert.Equal([0, 2, 1], batches.Select(b => b.Customers.Count));
        Assert.Equal(2L, ShopifyCheckpoint.Parse(batches[1].Checkpoint).Bulk!.Lines);
        var done = ShopifyCheckpoint.Parse(batches[^1].Checkpoint);
        Assert.Null(done.Bulk);
        Assert.Equal(CreatedAt - TimeSpan.FromMinutes(5), done.Since);
        Assert.Equal(CreatedAt, done.SyncedAt);
        var cy = batches[2].Customers.Single();
        Assert.Equal("Cy", cy.Name);
        Assert.Equal(["gid://shopify/Order/9"], cy.OrderIds);

        var mutation = Assert.Single(_host.Shopify.Operations("BulkRun"));
        Assert.StartsWith("{ customers { edges { node { id firstName", mutation.Variable("query"), StringComparison.Ordinal);
        var polls = _host.Shopify.Operations("BulkById").ToList();
        Assert.Equal(BulkId, polls[0].Variable("id"));
        Assert.True(polls[1].At - polls[0].At >= TimeSpan.FromSeconds(2), "polls are paced by bulkPollInterval");
        var download = _host.Shopify.Requests.Single(r => r.Uri.ToString() == ResultUrl);
        Assert.Equal(HttpMethod.Get, download.Method);
        Assert.False(download.Headers.ContainsKey("X-Shopify-Access-Token"), "the token never goes to the storage URL");
        // The pass after the bulk picks up what changed while it ran, from the operation's start minus two overlaps.
        Assert.Equal("updated_at:>='2025-03-01T11:50:00Z'", _host.Shopify.Operations("CustomersPage").Single().Variable("query"));
    }

    [Fact]
    public async Task A_restarted_host_re_attaches_to_the_operation_and_resumes_after_the_committed_lines()
    {
        var checkpoint = new ShopifyCheckpoint { Bulk = new BulkState(BulkId, 2) }.Serialize();
        _host.Shopify.Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", ResultUrl, objectCount: 4));
        ServeResult(Jsonl());
        EmptyCustomersPage();

        var batches = await _host.ReadAllAsync("customers", checkpoint);

        Assert.Empty(_host.Shopify.Operations("BulkRun"));
        Assert.Equal(["gid://shopify/Customer/3"], batches.SelectMany(b => b.Customers).Select(c => c.SourceId));
    }

    [Fact]
    public async Task A_stale_checkpoint_backfills_only_what_changed_since_it()
    {
        var since = CreatedAt.AddDays(-30);
        var checkpoint = new ShopifyCheckpoint { Since = since, SyncedAt = since }.Serialize();
        _host.Shopify
            .Enqueue("BulkRun", ShopifyJson.BulkStarted(BulkId))
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", url: null, objectCount: 0))
            .Enqueue("OrdersPage", ShopifyJson.OrdersPage([], false, null));

        var batches = await _host.ReadAllAsync("orders", checkpoint);

        Assert.Equal("{ orders(query: \"updated_at:>='2025-01-30T11:55:00Z'\") { edges { node { id name note customerLocale email createdAt updatedAt customer { id } } } } }",
            _host.Shopify.Operations("BulkRun").Single().Variable("query"));
        Assert.Equal(CreatedAt - TimeSpan.FromMinutes(5), ShopifyCheckpoint.Parse(batches[^1].Checkpoint).Since);
    }

    [Fact]
    public async Task A_recent_checkpoint_pages_instead()
    {
        var checkpoint = new ShopifyCheckpoint { Since = CreatedAt.AddHours(-1), SyncedAt = CreatedAt.AddHours(-1) }.Serialize();
        EmptyCustomersPage();

        await _host.ReadAllAsync("customers", checkpoint);

        Assert.Empty(_host.Shopify.Operations("BulkRun"));
        Assert.Single(_host.Shopify.Operations("CustomersPage"));
    }

    [Fact]
    public async Task A_failed_operation_s_partial_data_is_consumed_then_the_stream_falls_back_to_paging()
    {
        _host.Shopify
            .Enqueue("BulkRun", ShopifyJson.BulkStarted(BulkId))
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "FAILED", partialUrl: ResultUrl, errorCode: "INTERNAL_SERVER_ERROR"))
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(7, CreatedAt)], false, "c7"));
        ServeResult(Jsonl(1));

        var batches = await _host.ReadAllAsync("customers", null);

        var ids = batches.SelectMany(b => b.Customers).Select(c => c.SourceId).ToList();
        Assert.Equal(["gid://shopify/Customer/1", "gid://shopify/Customer/7"], ids);
        Assert.Null(_host.Shopify.Operations("CustomersPage").Single().Variable("query"));
        var done = ShopifyCheckpoint.Parse(batches[^1].Checkpoint);
        Assert.Null(done.Bulk);
        Assert.Null(done.Pass);
        Assert.Equal(CreatedAt, done.Since);
    }

    [Fact]
    public async Task Another_running_operation_is_waited_for_then_ours_starts()
    {
        _host.Shopify
            .Enqueue("BulkRun", ShopifyJson.BulkRefused("A bulk query operation for this app and shop is already in progress: gid://shopify/BulkOperation/99."))
            .Enqueue("CurrentBulk", ShopifyJson.Bulk("gid://shopify/BulkOperation/99", "RUNNING", root: "currentBulkOperation", query: "{ orders { edges { node { id } } } }"))
            .Enqueue("BulkRun", ShopifyJson.BulkStarted(BulkId))
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", url: null));
        EmptyCustomersPage();

        var batches = await _host.ReadAllAsync("customers", null);

        var runs = _host.Shopify.Operations("BulkRun").ToList();
        Assert.Equal(2, runs.Count);
        Assert.True(runs[1].At - runs[0].At >= TimeSpan.FromSeconds(2));
        Assert.Equal(BulkId, ShopifyCheckpoint.Parse(batches[0].Checkpoint).Bulk!.Id);
    }

    [Fact]
    public async Task A_running_operation_with_our_own_query_is_adopted()
    {
        var ours = ShopifyQueries.BulkCustomers(ShopifyApiVersion.Parse("2025-01"), null);
        _host.Shopify
            .Enqueue("BulkRun", ShopifyJson.BulkRefused("A bulk query operation for this app and shop is already in progress."))
            .Enqueue("CurrentBulk", ShopifyJson.Bulk("gid://shopify/BulkOperation/42", "RUNNING", root: "currentBulkOperation", query: ours))
            .Enqueue("BulkById", ShopifyJson.Bulk("gid://shopify/BulkOperation/42", "COMPLETED", url: null));
        EmptyCustomersPage();

        var batches = await _host.ReadAllAsync("customers", null);

        Assert.Single(_host.Shopify.Operations("BulkRun"));
        Assert.Equal("gid://shopify/BulkOperation/42", ShopifyCheckpoint.Parse(batches[0].Checkpoint).Bulk!.Id);
    }

    [Fact]
    public async Task Another_refusal_is_reported_clearly()
    {
        _host.Shopify.Enqueue("BulkRun", ShopifyJson.BulkRefused("Bulk queries cannot contain more than 5 connections."));

        var error = await Assert.ThrowsAsync<ShopifyApiException>(() => _host.ReadAllAsync("customers", null));

        Assert.Contains("Bulk queries cannot contain more than 5 connections.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_download_is_read_again_from_the_committed_lines()
    {
        _host.Shopify.Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", ResultUrl, objectCount: 4));
        var full = Jsonl();
        ServeResult(full[..(Lines[0].Length + 10)], Jsonl(3), full);
        EmptyCustomersPage();

        var batches = await _host.ReadAllAsync("customers", new ShopifyCheckpoint { Bulk = new BulkState(BulkId, 0) }.Serialize());

        Assert.Equal(3, _host.Shopify.Requests.Count(r => r.Uri.ToString() == ResultUrl));
        // Cut mid-line: nothing committed. Cut after three lines: the first two were committed, so the retry starts at line 3.
        Assert.Equal(["gid://shopify/Customer/1", "gid://shopify/Customer/2", "gid://shopify/Customer/3"],
            batches.SelectMany(b => b.Customers).Select(c => c.SourceId));
        Assert.Equal(["gid://shopify/Order/9"], batches.SelectMany(b => b.Customers).Single(c => c.SourceId.EndsWith("/3", StringComparison.Ordinal)).OrderIds);
    }

    [Fact]
    public async Task An_expired_result_url_falls_back_to_paging()
    {
        _host.Shopify
            .Enqueue("BulkById", ShopifyJson.Bulk(BulkId, "COMPLETED", ResultUrl, objectCount: 4))
            .Enqueue(ResultUrl, _ => new HttpResponseMessage(HttpStatusCode.Forbidden))
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, CreatedAt)], false, "c1"));

        var batches = await _host.ReadAllAsync("customers", new ShopifyCheckpoint { Bulk = new BulkState(BulkId, 0) }.Serialize());

        Assert.Equal(["gid://shopify/Customer/1"], batches.SelectMany(b => b.Customers).Select(c => c.SourceId));
        Assert.Null(ShopifyCheckpoint.Parse(batches[^1].Checkpoint).Bulk);
    }

    [Fact]
    public async Task With_bulk_off_an_empty_checkpoint_pages()
    {
        using var host = new ShopifyTestHost(o => o.UseBulk = false);
        host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([], false, null));

        List<SourceBatch> batches = await host.ReadAllAsync("customers", null);

        Assert.Empty(host.Shopify.Operations("BulkRun"));
        Assert.NotNull(ShopifyCheckpoint.Parse(batches[^1].Checkpoint).SyncedAt);
    }
}

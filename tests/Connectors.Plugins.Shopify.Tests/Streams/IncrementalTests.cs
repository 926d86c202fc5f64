using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Streams;

namespace Connectors.Plugins.Shopify.Tests.Streams;

/// <summary>Paging by <c>updatedAt</c> with an overlap window, one checkpoint per page.</summary>
public sealed class IncrementalTests : IDisposable
{
    private static readonly DateTimeOffset T = new(2025, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly ShopifyTestHost _host = new(o => o.UseBulk = false);

    public void Dispose() => _host.Dispose();

    private static string Checkpoint(DateTimeOffset since) =>
        new ShopifyCheckpoint { Since = since, SyncedAt = ShopifyTestHost.Start.AddHours(-1) }.Serialize();

    [Fact]
    public async Task The_first_run_pages_the_whole_connection_with_a_checkpoint_per_page()
    {
        _host.Shopify
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T), ShopifyJson.Customer(2, T.AddMinutes(1))], true, "c2"))
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(3, T.AddMinutes(2))], false, "c3"));

        var batches = await _host.ReadAllAsync("customers", null);

        var requests = _host.Shopify.Requests;
        Assert.Null(requests[0].Variable("query"));
        Assert.Null(requests[0].Variable("after"));
        Assert.Equal("c2", requests[1].Variable("after"));
        Assert.Equal([2, 1], batches.Select(b => b.Customers.Count));
        var middle = ShopifyCheckpoint.Parse(batches[0].Checkpoint);
        Assert.Equal("c2", middle.Pass!.Cursor);
        Assert.Equal(T.AddMinutes(1), middle.Since);
        var last = ShopifyCheckpoint.Parse(batches[1].Checkpoint);
        Assert.Null(last.Pass);
        Assert.Equal(T.AddMinutes(2), last.Since);
        Assert.InRange(last.SyncedAt!.Value, ShopifyTestHost.Start, ShopifyTestHost.Start.AddSeconds(60)); // the pass's start on the fake clock
    }

    [Fact]
    public async Task A_later_run_asks_for_changes_since_the_high_water_minus_the_overlap()
    {
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(9, T.AddHours(1))], false, "c9"));

        var batch = Assert.Single(await _host.ReadAllAsync("customers", Checkpoint(T)));

        Assert.Equal("updated_at:>='2025-02-01T07:55:00Z'", _host.Shopify.Requests[0].Variable("query"));
        Assert.Equal("gid://shopify/Customer/9", Assert.Single(batch.Customers).SourceId);
        Assert.Equal(T.AddHours(1), ShopifyCheckpoint.Parse(batch.Checkpoint).Since);
    }

    [Fact]
    public async Task An_unfinished_pass_resumes_after_its_cursor_with_the_same_filter()
    {
        var checkpoint = new ShopifyCheckpoint
        {
            Since = T, SyncedAt = ShopifyTestHost.Start.AddDays(-30),
            Pass = new PassState(T.AddMinutes(-5), "cursor-7", ShopifyTestHost.Start.AddMinutes(-3)),
        };
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(8, T.AddMinutes(3))], false, "c8"));

        var batch = Assert.Single(await _host.ReadAllAsync("customers", checkpoint.Serialize()));

        Assert.Equal("cursor-7", _host.Shopify.Requests[0].Variable("after"));
        Assert.Equal("updated_at:>='2025-02-01T07:55:00Z'", _host.Shopify.Requests[0].Variable("query"));
        Assert.Equal(ShopifyTestHost.Start.AddMinutes(-3), ShopifyCheckpoint.Parse(batch.Checkpoint).SyncedAt);
    }

    [Fact]
    public async Task Re_reading_the_overlap_yields_nothing_and_a_run_with_nothing_new_yields_no_batch()
    {
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T), ShopifyJson.Customer(2, T.AddMinutes(1))], false, "c2"));
        var first = await _host.ReadAllAsync("customers", Checkpoint(T.AddMinutes(-10)));
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T), ShopifyJson.Customer(2, T.AddMinutes(1))], false, "c2"));

        var second = await _host.ReadAllAsync("customers", first[^1].Checkpoint);

        Assert.Equal(2, first.Sum(b => b.Customers.Count));
        Assert.Empty(second);
    }

    [Fact]
    public async Task A_record_changed_again_inside_the_window_is_read_again()
    {
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T)], false, "c1"));
        var first = await _host.ReadAllAsync("customers", Checkpoint(T.AddMinutes(-10)));
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T.AddSeconds(30), email: "changed@example.com")], false, "c1"));

        var second = await _host.ReadAllAsync("customers", first[^1].Checkpoint);

        Assert.Equal("changed@example.com", Assert.Single(second.SelectMany(b => b.Customers)).Email);
    }

    [Fact]
    public async Task An_update_landing_while_paging_is_met_later_in_the_same_pass()
    {
        // Customer 1 changes after page one was read: sorted by UPDATED_AT it reappears after the cursor.
        _host.Shopify
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T), ShopifyJson.Customer(2, T.AddMinutes(1))], true, "c2"))
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(3, T.AddMinutes(2)), ShopifyJson.Customer(1, T.AddMinutes(3), email: "late@example.com")], false, "c1b"));

        var batches = await _host.ReadAllAsync("customers", null);

        Assert.Equal("late@example.com", batches[1].Customers.Single(c => c.SourceId.EndsWith("/1", StringComparison.Ordinal)).Email);
        Assert.Equal(T.AddMinutes(3), ShopifyCheckpoint.Parse(batches[^1].Checkpoint).Since);
    }

    [Fact]
    public async Task A_refused_cursor_restarts_the_pass_from_its_lower_bound()
    {
        var checkpoint = new ShopifyCheckpoint { Since = T, SyncedAt = ShopifyTestHost.Start, Pass = new PassState(T, "stale", ShopifyTestHost.Start) };
        _host.Shopify
            .Enqueue("CustomersPage", "{\"errors\":[{\"message\":\"Invalid cursor for current pagination.\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}")
            .Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T)], false, "c1"));

        var batches = await _host.ReadAllAsync("customers", checkpoint.Serialize());

        Assert.Null(_host.Shopify.Requests[1].Variable("after"));
        Assert.Single(batches.SelectMany(b => b.Customers));
    }

    [Fact]
    public async Task Orders_link_their_customer_and_a_note_becomes_order_note_feedback()
    {
        _host.Shopify.Enqueue("OrdersPage", ShopifyJson.OrdersPage(
            [ShopifyJson.Order(1001, T, customer: 7, note: "  Please gift wrap  ", locale: "de-DE"), ShopifyJson.Order(1002, T, customer: null, note: "guest"), ShopifyJson.Order(1003, T, customer: 7, note: " ")],
            false, "o3"));

        var batch = Assert.Single(await _host.ReadAllAsync("orders", null));

        var customer = Assert.Single(batch.Customers);
        Assert.Equal("gid://shopify/Customer/7", customer.SourceId);
        Assert.Equal(["gid://shopify/Order/1001", "gid://shopify/Order/1003"], customer.OrderIds);
        Assert.Null(customer.Email);
        Assert.Equal(2, batch.Feedback.Count);
        var note = batch.Feedback[0];
        Assert.Equal("gid://shopify/Order/1001", note.SourceId);
        Assert.Equal(Channels.Shopify, note.Channel);
        Assert.Equal(FeedbackKinds.OrderNote, note.Kind);
        Assert.Equal("gid://shopify/Customer/7", note.CustomerSourceId);
        Assert.Equal("#1001", note.OrderId);
        Assert.Equal("Please gift wrap", note.Body);
        Assert.Equal("de-DE", note.Language); // the buyer's checkout language: stated, so enrichment checks instead of guessing
        Assert.Null(batch.Feedback[1].Language);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), note.OccurredAt);
        Assert.Equal(T, note.UpdatedAt);
        Assert.Equal(new Uri("https://admin.shopify.com/store/acme-eu/orders/1001"), note.Url);
        Assert.Null(batch.Feedback[1].CustomerSourceId);
        Assert.Contains("orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT)", _host.Shopify.Requests[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_map_identity_contact_consent_and_tags()
    {
        _host.Shopify.Enqueue("CustomersPage", ShopifyJson.CustomersPage([ShopifyJson.Customer(1, T), ShopifyJson.Customer(2, T, state: "UNSUBSCRIBED")], false, "c"));

        var customers = Assert.Single(await _host.ReadAllAsync("customers", null)).Customers;

        var ann = customers[0];
        Assert.Equal("gid://shopify/Customer/1", ann.SourceId);
        Assert.Equal(Channels.Shopify, ann.Channel);
        Assert.Equal("c1@example.com", ann.Email);
        Assert.Equal("+491511234501", ann.Phone);
        Assert.Equal("Ann Lee 1", ann.Name);
        Assert.Equal("de-DE", ann.Locale);
        Assert.Equal("DE", ann.Country);
        Assert.Equal(new Consent(true, "shopify", new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero)), ann.EmailMarketingConsent);
        Assert.Null(ann.SmsConsent);
        Assert.Equal(["vip", "repeat"], ann.Tags);
        Assert.Equal(T, ann.SeenAt);
        Assert.False(customers[1].EmailMarketingConsent!.Granted);
    }
}

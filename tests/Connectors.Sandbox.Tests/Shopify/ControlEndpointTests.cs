using System.Net;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class ControlEndpointTests
{
    private const string Changed = """
        query($q: String) { customers(first: 50, sortKey: UPDATED_AT, query: $q) { nodes { id firstName note updatedAt tags emailMarketingConsent { marketingState consentUpdatedAt } } } }
        """;

    [Fact]
    public async Task Created_and_changed_customers_show_in_the_next_incremental_query()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 40);
        var since = sandbox.Clock.GetUtcNow();
        var none = await sandbox.QueryAsync(Changed, new { q = $"updated_at:>'{since:O}'" });
        Assert.Equal(0, none.Data.GetProperty("customers").GetProperty("nodes").GetArrayLength());

        sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        var created = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/shopify/customers",
            new { firstName = "Zoé", email = "zoe@example.com", personIndex = 5000 }, HttpStatusCode.Created);
        Assert.Equal("gid://shopify/Customer/7000000000040", created.GetProperty("gid").GetString());
        sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/customers/gid%3A%2F%2Fshopify%2FCustomer%2F7000000000007",
            new { note = "Wants a refund", emailMarketingState = "UNSUBSCRIBED", tags = new[] { "complaint" } });

        var changed = await sandbox.QueryAsync(Changed, new { q = $"updated_at:>'{since:O}'" });
        var nodes = changed.Data.GetProperty("customers").GetProperty("nodes");
        Assert.Equal(2, nodes.GetArrayLength());
        Assert.Equal("Zoé", nodes[0].GetProperty("firstName").GetString());
        Assert.Equal("2025-06-01T12:00:30Z", nodes[0].GetProperty("updatedAt").GetString());
        Assert.Equal("Wants a refund", nodes[1].GetProperty("note").GetString());
        Assert.Equal("2025-06-01T12:01:00Z", nodes[1].GetProperty("updatedAt").GetString());
        Assert.Equal("UNSUBSCRIBED", nodes[1].GetProperty("emailMarketingConsent").GetProperty("marketingState").GetString());
        Assert.Equal("2025-06-01T12:01:00Z", nodes[1].GetProperty("emailMarketingConsent").GetProperty("consentUpdatedAt").GetString());
        Assert.Equal("complaint", nodes[1].GetProperty("tags")[0].GetString());

        var all = await sandbox.QueryAsync("{ customers(first: 250) { nodes { id } } }");
        Assert.Equal(41, all.Data.GetProperty("customers").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task New_orders_touch_their_customer_and_bad_changes_are_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        var before = sandbox.Shopify.Store.NumberOfOrders(7_000_000_000_002L);
        var order = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/shopify/orders",
            new { customerId = "gid://shopify/Customer/7000000000002", note = "La boîte était abîmée", totalPrice = 19.99 }, HttpStatusCode.Created);
        var customer = await sandbox.QueryAsync("{ customer(id: \"gid://shopify/Customer/7000000000002\") { numberOfOrders updatedAt orders(first: 50, reverse: true) { nodes { id note } } } }");
        var c = customer.Data.GetProperty("customer");
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.GetProperty("numberOfOrders").GetString());
        Assert.Equal("2025-06-01T12:00:00Z", c.GetProperty("updatedAt").GetString());
        Assert.Equal(order.GetProperty("gid").GetString(), c.GetProperty("orders").GetProperty("nodes")[0].GetProperty("id").GetString());

        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/customers/7000000000002", new { state = "SLEEPING" }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/customers/123", new { note = "x" }, HttpStatusCode.NotFound);
        await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/shopify/orders/" + Gids.Legacy(order.GetProperty("gid").GetString()));
    }

    [Fact]
    public async Task Faults_counters_settings_and_received_are_served_as_json()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 5);
        var faults = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/faults", new { serverErrorShare = 1.0 });
        Assert.Equal(1.0, faults.GetProperty("serverErrorShare").GetDouble());
        Assert.True((int)(await sandbox.QueryAsync("{ shop { name } }")).Status >= 500);
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/faults", new { serverErrorShare = 3.0 }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/faults", new { colour = 1 }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/shopify/faults");
        Assert.Equal(HttpStatusCode.OK, (await sandbox.QueryAsync("{ shop { name } }")).Status);

        var counters = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/shopify/counters");
        Assert.Equal(2, counters.GetProperty("requests").GetInt64());
        Assert.Equal(1, counters.GetProperty("serverErrors").GetInt64());

        var settings = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/settings", new { throttledStatusCode = 429, plan = "Plus" });
        Assert.Equal(429, sandbox.Shopify.Knobs.ThrottledStatusCode);
        Assert.Equal("Plus", settings.GetProperty("plan").GetString());
        Assert.Equal(20000, (await sandbox.QueryAsync("{ shop { name } }")).Cost.GetProperty("throttleStatus").GetProperty("maximumAvailable").GetDouble());

        sandbox.Shopify.Vendor.Received.Append("POST", "/crm/v3/objects/contacts", "{\"email\":\"a@example.com\"}");
        var received = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/shopify/received");
        Assert.Equal("a@example.com", received[0].GetProperty("body").GetProperty("email").GetString());
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/shopify/received", expected: HttpStatusCode.NoContent);

        var overview = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");
        Assert.Equal(Connectors.Sandbox.Shopify.ShopifyDefaults.AccessToken,
            overview.GetProperty("vendors").GetProperty("shopify").GetProperty("accessToken").GetString());
    }
}

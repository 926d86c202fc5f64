using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Shopify;

public sealed class WebhookTests
{
    private const string Secret = "test_client_secret";

    [Fact]
    public async Task A_customer_changed_through_the_control_endpoint_is_delivered_signed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10);
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/shopify/webhooks",
            new { url = receiver.Url, secret = Secret, topics = new[] { "customers/update", "orders/create" } }, System.Net.HttpStatusCode.Created);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/shopify/customers/7000000000004", new { note = "Asked for a call back", tags = new[] { "vip" } });

        var delivery = await receiver.NextAsync();
        Assert.Equal("customers/update", delivery.Headers["X-Shopify-Topic"]);
        Assert.Equal("sandbox-shop.myshopify.com", delivery.Headers["X-Shopify-Shop-Domain"]);
        Assert.Equal("2025-01", delivery.Headers["X-Shopify-API-Version"]);
        Assert.True(Guid.TryParse(delivery.Headers["X-Shopify-Webhook-Id"], out _));
        Assert.True(Verify(delivery, Secret));
        Assert.False(Verify(delivery, "another secret"));

        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal(7_000_000_000_004L, body.GetProperty("id").GetInt64());
        Assert.Equal("Asked for a call back", body.GetProperty("note").GetString());
        Assert.Equal("vip", body.GetProperty("tags").GetString());
        Assert.Equal("2025-06-01T12:05:00+00:00", body.GetProperty("updated_at").GetString());
        Assert.True(body.TryGetProperty("email_marketing_consent", out _));
        Assert.Equal(sandbox.Shopify.Store.GetCustomer(7_000_000_000_004L)!.Email, body.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Orders_are_delivered_and_redelivery_repeats_the_webhook_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxHarness.StartAsync(customers: 10, o => o.Shopify.Knobs = new() { WebhookRedeliveries = 1 });
        sandbox.Shopify.Webhooks.Subscribe(new() { Url = receiver.Url, Secret = Secret, Topics = ["orders/create"] });
        var order = sandbox.Shopify.Store.CreateOrder(new() { CustomerId = 7_000_000_000_001L, Note = "Bitte beim Nachbarn abgeben", TotalPrice = 42.5m });

        var first = await receiver.NextAsync();
        var again = await receiver.NextAsync();
        Assert.Equal(first.Headers["X-Shopify-Webhook-Id"], again.Headers["X-Shopify-Webhook-Id"]);
        Assert.Equal(first.Body, again.Body);
        var body = JsonDocument.Parse(first.Body).RootElement;
        Assert.Equal(order.Id, body.GetProperty("id").GetInt64());
        Assert.Equal("Bitte beim Nachbarn abgeben", body.GetProperty("note").GetString());
        Assert.Equal(7_000_000_000_001L, body.GetProperty("customer").GetProperty("id").GetInt64());
        Assert.Equal("42.50", body.GetProperty("total_price").GetString());
    }

    [Fact]
    public async Task A_forged_delivery_does_not_verify_with_the_real_secret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var sandbox = await SandboxHarness.StartAsync(customers: 3);
        sandbox.Shopify.Webhooks.Subscribe(new() { Url = receiver.Url, Secret = Secret });
        var sent = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/shopify/webhooks/send",
            new { topic = "customers/update", secret = "attacker", payload = new { id = 1, email = "x@example.com" } });
        Assert.True(sent.GetProperty("forged").GetBoolean());
        Assert.Equal(200, sent.GetProperty("statusCode").GetInt32());
        var forged = await receiver.NextAsync();
        Assert.False(Verify(forged, Secret));
        Assert.True(Verify(forged, "attacker"));

        await sandbox.Shopify.Webhooks.SendAsync(new() { Hmac = "bm90IGEgc2lnbmF0dXJl", WebhookId = "fixed-id" });
        var chosen = await receiver.NextAsync();
        Assert.Equal("bm90IGEgc2lnbmF0dXJl", chosen.Headers["X-Shopify-Hmac-Sha256"]);
        Assert.Equal("fixed-id", chosen.Headers["X-Shopify-Webhook-Id"]);
    }

    private static bool Verify(WebhookReceiver.Delivery delivery, string secret)
    {
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), delivery.Body));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(delivery.Headers["X-Shopify-Hmac-Sha256"]));
    }
}

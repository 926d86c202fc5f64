using System.Net;
using Connectors.Sandbox.Webhook;

namespace Connectors.Sandbox.Tests.Webhook;

public sealed class WebhookControlTests
{
    [Fact]
    public async Task Deliveries_are_listed_with_their_bodies_inlined_and_headers_and_can_be_cleared()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.PostAsync("hooks/alerts", """{"type":"alert"}""", delivery: "k1");
        await sandbox.PostAsync("hooks/crm", """{"type":"customer"}""", delivery: "k2");

        var alerts = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/webhook/deliveries?hook=alerts");
        var received = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/webhook/received");
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/webhook/data", expected: HttpStatusCode.NoContent);

        var delivery = Assert.Single(alerts.EnumerateArray());
        Assert.Equal("k1", delivery.GetProperty("deliveryId").GetString());
        Assert.Equal("alert", delivery.GetProperty("body").GetProperty("type").GetString());
        Assert.True(delivery.GetProperty("verified").GetBoolean());
        Assert.StartsWith("sha256=", delivery.GetProperty("headers").GetProperty("X-Connectors-Signature").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, received.GetArrayLength());
        Assert.Empty(sandbox.Webhook().Deliveries.All);
        Assert.Empty(sandbox.Server.Vendor("webhook").Received.Items);
    }

    [Fact]
    public async Task Settings_are_patched_and_checked()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var patched = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/webhook/settings", new { requireSignature = false, retryAfterSeconds = 9 });
        var refused = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/webhook/settings", new { answerStatus = 204, secrets = "x" }, HttpStatusCode.BadRequest);

        Assert.False(patched.GetProperty("requireSignature").GetBoolean());
        Assert.Equal(9, sandbox.Webhook().Knobs.RetryAfterSeconds);
        Assert.Equal(2, refused.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task The_sandbox_describes_the_receiver_urls_and_secret()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var root = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");

        var webhook = root.GetProperty("vendors").GetProperty("webhook");
        Assert.Equal(new Uri(sandbox.Server.BaseUrl, WebhookDefaults.HookPath).ToString(), webhook.GetProperty("url").GetString());
        Assert.Equal(WebhookDefaults.Secret, webhook.GetProperty("secret").GetString());
        Assert.EndsWith(WebhookDefaults.SlackPath, webhook.GetProperty("slackUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains(sandbox.Server.DescribeConnections(), l => l == "[webhook]");
    }
}

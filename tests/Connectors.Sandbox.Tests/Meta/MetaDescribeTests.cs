using System.Net;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaDescribeTests
{
    [Fact]
    public async Task The_sandbox_prints_and_serves_what_to_configure_for_meta()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        var lines = sandbox.Server.DescribeConnections();
        var listed = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");

        Assert.Contains("[meta]", lines);
        Assert.Contains($"  graphUrl = {sandbox.Server.BaseUrl}graph/v25.0/", lines);
        Assert.Contains($"  appSecret = {MetaDefaults.AppSecret}", lines);
        var meta = listed.GetProperty("vendors").GetProperty("meta");
        Assert.Equal(MetaDefaults.VerifyToken, meta.GetProperty("verifyToken").GetString());
        Assert.Equal(MetaDefaults.PhoneNumberId, meta.GetProperty("phoneNumberId").GetString());
        Assert.Same(MetaEmulator.Of(sandbox.Server), sandbox.Server.Emulator<MetaEmulator>());
    }

    [Fact]
    public async Task Settings_change_through_the_control_api_and_bad_values_are_refused()
    {
        await using var sandbox = await MetaSandbox.StartAsync();

        var changed = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/meta/settings", new { callbackUrl = "http://127.0.0.1:9/hook", deliveryTimeoutMilliseconds = 300 });
        var refused = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/meta/settings", new { maxBatch = 0, nope = 1 }, HttpStatusCode.BadRequest);

        Assert.Equal("http://127.0.0.1:9/hook", changed.GetProperty("callbackUrl").GetString());
        Assert.Equal(300, sandbox.Meta().Knobs.DeliveryTimeoutMilliseconds);
        Assert.Equal(2, refused.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task The_control_endpoints_drive_the_webhooks_and_show_the_data()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);

        // Each customer message and each echo is one event; each WhatsApp message of the brand three statuses.
        var expected = sandbox.Meta().Inbox.Conversations.Sum(c => c.Messages.Sum(m => !m.FromCustomer && c.Channel == MetaChannel.WhatsApp ? 3 : 1));
        var backlog = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/backlog");
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/inbound?count=2&channel=sms", expected: HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/duplicate?deliveryId=999999", expected: HttpStatusCode.NotFound);
        var inbound = await sandbox.ControlAsync(HttpMethod.Post, "_sandbox/meta/webhooks/inbound?count=3");
        Assert.True(await sandbox.Meta().Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(30)));
        var deliveries = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/meta/webhooks/deliveries");
        var instagram = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/meta/conversations?channel=instagram");

        Assert.Equal(expected, backlog.GetProperty("events").GetInt32());
        Assert.Equal(3, inbound.GetArrayLength());
        Assert.Equal(0, deliveries.GetProperty("pending").GetInt32());

        // The three new messages are on three channels, so never batched together.
        Assert.Equal(backlog.GetProperty("deliveries").GetInt32() + 3, deliveries.GetProperty("deliveries").GetArrayLength());
        Assert.Equal(receiver.Posts, deliveries.GetProperty("deliveries").EnumerateArray().Sum(d => d.GetProperty("attempts").GetArrayLength()));
        Assert.Equal(12, instagram.GetArrayLength());
        Assert.All(instagram.EnumerateArray(), c => Assert.Equal("Instagram", c.GetProperty("channel").GetString()));
    }
}

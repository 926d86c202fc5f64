using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaRedeliveryTests
{
    [Fact]
    public async Task A_failing_receiver_gets_the_same_bytes_again_until_it_answers_2xx()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        receiver.Answer = n => (n <= 2 ? 500 : 200, 0);
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var webhooks = sandbox.Meta().Webhooks;

        var message = Assert.Single(webhooks.DeliverNewInbound(1, MetaChannel.WhatsApp));
        Assert.True(await webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10)));

        var posts = receiver.Drain();
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Equal(posts[0].Body, p.Body));
        Assert.All(posts, p => Assert.Equal(posts[0].Headers["X-Hub-Signature-256"], p.Headers["X-Hub-Signature-256"]));
        var attempts = webhooks.Attempts;
        Assert.Equal([500, 500, 200], attempts.Select(a => a.StatusCode ?? 0));
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.Equal(1, receiver.Stored[message.Id]);
        Assert.Equal(2, sandbox.Meta().Vendor.Counters["webhooksRedelivered"]);
    }

    [Fact]
    public async Task A_slow_receiver_counts_as_failed_and_gets_the_delivery_again()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        receiver.Answer = n => (200, n == 1 ? 700 : 0);
        await using var sandbox = await MetaSandbox.StartAsync(receiver, k => k with { DeliveryTimeoutMilliseconds = 250 });
        var webhooks = sandbox.Meta().Webhooks;

        var message = Assert.Single(webhooks.DeliverNewInbound(1, MetaChannel.Messenger));
        Assert.True(await webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10)));

        var attempts = webhooks.Attempts;
        Assert.Equal(2, attempts.Count);
        Assert.Null(attempts[0].StatusCode);
        Assert.Contains("250 ms", attempts[0].Error, StringComparison.Ordinal);
        Assert.InRange(attempts[0].DurationMilliseconds, 200, 5000);
        Assert.Equal(200, attempts[1].StatusCode);

        // The receiver got it twice (the slow attempt may still be processed there): it must de-duplicate on the message id.
        Assert.Equal(2, receiver.Posts);
        Assert.True(receiver.Stored.ContainsKey(message.Id));
    }

    [Fact]
    public async Task A_receiver_that_never_answers_2xx_is_given_up_after_the_attempts()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        receiver.Answer = _ => (503, 0);
        await using var sandbox = await MetaSandbox.StartAsync(receiver, k => k with { MaxDeliveryAttempts = 3 });

        sandbox.Meta().Webhooks.DeliverNewInbound(1, MetaChannel.Instagram);
        Assert.True(await sandbox.Meta().Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(3, receiver.Posts);
        var deliveries = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/meta/webhooks/deliveries");
        var attempts = deliveries.GetProperty("deliveries")[0].GetProperty("attempts");
        Assert.Equal(3, attempts.GetArrayLength());
        Assert.Equal(3, sandbox.Meta().Vendor.Counters["webhooksFailed"]);
    }

    [Fact]
    public async Task A_duplicate_delivery_repeats_the_bytes_and_a_deduplicating_receiver_stores_once()
    {
        await using var receiver = await MetaReceiver.StartAsync();
        await using var sandbox = await MetaSandbox.StartAsync(receiver);
        var webhooks = sandbox.Meta().Webhooks;

        webhooks.DeliverNewInbound(1, MetaChannel.Messenger);
        var original = Assert.Single(webhooks.Deliveries);
        var duplicate = await sandbox.ControlAsync(HttpMethod.Post, $"_sandbox/meta/webhooks/duplicate?deliveryId={original.Id}");
        var first = await receiver.NextAsync();
        var again = await receiver.NextAsync();

        Assert.Equal(original.Id, duplicate.GetProperty("duplicateOf").GetInt64());
        Assert.Equal(first.Body, again.Body);
        Assert.True(again.Verified);
        var mid = Assert.Single(MetaReceiver.MessageIds(first.Body));
        Assert.Equal(2, receiver.Stored[mid]);
        Assert.Single(receiver.Stored);
    }
}

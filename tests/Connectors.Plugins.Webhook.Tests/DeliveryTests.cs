using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;
using Connectors.Sandbox.Webhook;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class DeliveryTests
{
    [Fact]
    public async Task An_alert_is_posted_as_the_json_envelope_verified_by_the_receiver_and_done_with_its_id()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();

        var result = (await sandbox.Sink().PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Done, "rcv_000001"), (result.Outcome, result.SinkId));
        var (delivery, body) = sandbox.Single();
        Assert.True(delivery.Verified);
        Assert.Equal("alerts-hook:alert:damaged-goods:2025-06-01", delivery.DeliveryId);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("alerts-hook:alert:damaged-goods:2025-06-01", body.GetProperty("id").GetString());
        Assert.Equal("alert", body.GetProperty("type").GetString());
        Assert.Equal("alerts-hook", body.GetProperty("connector").GetString());
        Assert.Equal("damaged-alerts", body.GetProperty("route").GetString());
        Assert.Equal("high", body.GetProperty("priority").GetString());
        Assert.Equal("2025-06-01T12:00:00Z", body.GetProperty("sentAt").GetString());
        Assert.Equal("Alert: damaged-goods", body.GetProperty("subject").GetString());
        Assert.Equal("negative share of topic damaged is 34% over 7 days, 2.8x its 8-week average", body.GetProperty("text").GetString());
        Assert.False(body.GetProperty("rendered").GetBoolean());
        var alert = body.GetProperty("alert");
        Assert.Equal("damaged-goods", alert.GetProperty("rule").GetString());
        Assert.Equal("topic=damaged", alert.GetProperty("dimension").GetString());
        Assert.Equal(0.34, alert.GetProperty("value").GetDouble());
        Assert.Equal(0.12, alert.GetProperty("baseline").GetDouble());
        Assert.Equal(41, alert.GetProperty("itemCount").GetInt32());
        Assert.Equal("2025-05-25T00:00:00Z", alert.GetProperty("windowStart").GetString());
        Assert.Equal(2, alert.GetProperty("examples").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("feedback").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("customer").ValueKind);
    }

    [Fact]
    public async Task A_feedback_item_carries_its_customer_annotations_priority_route_and_the_routes_text()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var item = Items.Review(content: new RenderedContent("1★ from Jane", "Jane says: Box arrived crushed"));

        var result = (await sandbox.Sink().PushAsync([item], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var (_, body) = sandbox.Single();
        Assert.Equal("feedback", body.GetProperty("type").GetString());
        Assert.Equal(("1★ from Jane", "Jane says: Box arrived crushed", true),
            (body.GetProperty("subject").GetString(), body.GetProperty("text").GetString(), body.GetProperty("rendered").GetBoolean()));
        Assert.Equal(("bad-reviews", "urgent"), (body.GetProperty("route").GetString(), body.GetProperty("priority").GetString()));
        var feedback = body.GetProperty("feedback");
        Assert.Equal(("r1", "trustpilot", "review"), (feedback.GetProperty("sourceId").GetString(), feedback.GetProperty("channel").GetString(), feedback.GetProperty("kind").GetString()));
        Assert.Equal((0.0, 1.0, "stars-1-5"), (feedback.GetProperty("rating").GetProperty("value").GetDouble(), feedback.GetProperty("rating").GetProperty("raw").GetDouble(),
            feedback.GetProperty("rating").GetProperty("scale").GetString()));
        Assert.Equal("https://www.trustpilot.com/reviews/r1", feedback.GetProperty("url").GetString());
        Assert.Equal("unanswered", feedback.GetProperty("replyState").GetString());
        var customer = body.GetProperty("customer");
        Assert.Equal(("1", "jane@example.com", true), (customer.GetProperty("sourceId").GetString(), customer.GetProperty("email").GetString(),
            customer.GetProperty("emailMarketingConsent").GetProperty("granted").GetBoolean()));
        var annotations = body.GetProperty("annotations");
        Assert.Equal(2, annotations.GetArrayLength());
        Assert.Equal(("sentiment", "negative", -0.8), (annotations[0].GetProperty("name").GetString(), annotations[0].GetProperty("value").GetString(), annotations[0].GetProperty("score").GetDouble()));
        Assert.Equal(("topic", "damaged"), (annotations[1].GetProperty("name").GetString(), annotations[1].GetProperty("value").GetString()));
    }

    [Fact]
    public async Task A_customer_item_is_posted_with_its_type_and_a_summary_text()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();

        var result = (await sandbox.Sink().PushAsync([Items.CustomerItem(7)], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var (delivery, body) = sandbox.Single();
        Assert.Equal("customer", body.GetProperty("type").GetString());
        Assert.Equal("Customer Jane Doe", body.GetProperty("subject").GetString());
        Assert.Equal("Jane Doe, jane@example.com, +14155550100", body.GetProperty("text").GetString());
        Assert.Equal("7", body.GetProperty("customer").GetProperty("sourceId").GetString());
        Assert.Equal("customer", delivery.Headers["X-Connectors-Event"]);
    }

    [Fact]
    public async Task The_signature_covers_the_timestamp_and_the_exact_body_bytes_and_extra_headers_are_sent()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.Headers = new Dictionary<string, string> { ["X-Team"] = "ops", ["Authorization"] = "Bearer receiver-token-123" });

        await sink.PushAsync([Items.Alert()], CancellationToken.None);

        var (delivery, _) = sandbox.Single();
        var timestamp = WebhookSandbox.Start.ToUnixTimeSeconds();
        Assert.Equal(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), delivery.Headers["X-Connectors-Timestamp"]);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(WebhookDefaults.Secret), Encoding.UTF8.GetBytes($"{timestamp}.{delivery.Body}")));
        Assert.Equal(expected, delivery.Headers["X-Connectors-Signature"]);
        Assert.Equal("application/json; charset=utf-8", delivery.Headers["Content-Type"]);
        Assert.Equal("alert", delivery.Headers["X-Connectors-Event"]);
        Assert.Equal("ops", delivery.Headers["X-Team"]);
        Assert.StartsWith("Bearer rec", delivery.Headers["Authorization"], StringComparison.Ordinal);
        Assert.StartsWith("Connectors-Webhook/", delivery.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_push_of_the_same_item_is_not_doubled_at_the_receiver()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink();

        var first = (await sink.PushAsync([Items.Alert()], CancellationToken.None)).Single();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = (await sink.PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, again.Outcome);
        Assert.Equal(first.SinkId, again.SinkId);
        Assert.Equal(1, sandbox.Single().Delivery.Repeats);
        Assert.Equal(1, sandbox.Vendor.Counters["duplicates"]);
    }

    [Fact]
    public async Task A_forged_secret_is_refused_by_the_receiver_and_the_item_fails_saying_what_to_fix()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.Secret = "not-the-receivers-secret-000");

        var result = (await sink.PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.StartsWith($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} refused the item: 401 {{\"error\":\"invalid_signature\"", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("check that secret matches the receiver's, and the headers it expects, then replay the dead letters", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-receivers-secret", result.Error, StringComparison.Ordinal);
        Assert.Empty(sandbox.Receiver.Deliveries.All);
    }

    [Fact]
    public async Task Without_a_secret_nothing_is_signed_and_a_receiver_that_verifies_nothing_takes_it()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { RequireSignature = false };

        var result = (await sandbox.Sink(o => o.Secret = null).PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var (delivery, _) = sandbox.Single();
        Assert.False(delivery.Headers.ContainsKey("X-Connectors-Signature"));
        Assert.True(delivery.Headers.ContainsKey("X-Connectors-Timestamp"));
    }

    [Fact]
    public async Task A_key_with_characters_headers_cannot_carry_is_sent_percent_encoded_the_same_way_every_time()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var item = Items.Alert() with { IdempotencyKey = "alerts-hook:alert:Grüße" };
        var sink = sandbox.Sink();

        await sink.PushAsync([item], CancellationToken.None);
        var again = (await sink.PushAsync([item], CancellationToken.None)).Single();

        Assert.Equal("alerts-hook%3Aalert%3AGr%C3%BC%C3%9Fe", sandbox.Single().Delivery.DeliveryId);
        Assert.Equal(SinkOutcome.Done, again.Outcome);
        Assert.Equal("alerts-hook:alert:Grüße", sandbox.Single().Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_item_of_a_batch_gets_its_own_post_and_result_and_an_empty_item_fails_alone()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        SinkItem[] batch = [Items.Alert(), new SinkItem { IdempotencyKey = "empty" }, Items.Review(), Items.CustomerItem()];

        var results = await sandbox.Sink().PushAsync(batch, CancellationToken.None);

        Assert.Equal([SinkOutcome.Done, SinkOutcome.Failed, SinkOutcome.Done, SinkOutcome.Done], results.Select(r => r.Outcome));
        Assert.Equal("the item holds no alert, feedback or customer: nothing to deliver", results[1].Error);
        Assert.Equal(3, sandbox.Receiver.Deliveries.All.Count);
        Assert.Equal(3, sandbox.Vendor.Counters.Requests);
    }

    [Fact]
    public async Task Posts_are_paced_to_the_budget_of_their_url()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.RequestsPerMinute = 60);

        var results = await sink.PushAsync([.. Enumerable.Range(1, 4).Select(i => Items.Alert($"rule-{i}"))], CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(TimeSpan.FromSeconds(3), sandbox.Clock.Slept);
        Assert.Equal(
            [0, 1, 2, 3],
            sandbox.Receiver.Deliveries.All.Select(d => (int)(d.At - WebhookSandbox.Start).TotalSeconds));
    }
}

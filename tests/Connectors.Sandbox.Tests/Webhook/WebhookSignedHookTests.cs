using System.Net;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Tests.Webhook;

public sealed class WebhookSignedHookTests
{
    [Fact]
    public async Task A_signed_json_delivery_is_accepted_recorded_and_answered_with_the_receivers_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync("hooks/alerts", """{"type":"alert","text":"damaged up"}""", delivery: "alerts:alert:1");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("rcv_000001", answer.Json.GetProperty("id").GetString());
        Assert.False(answer.Json.GetProperty("duplicate").GetBoolean());
        var stored = Assert.Single(sandbox.Webhook().Deliveries.All);
        Assert.Equal(("hooks", "alerts", "alerts:alert:1", true), (stored.Receiver, stored.Hook, stored.DeliveryId, stored.Verified));
        Assert.Equal(SandboxHarness.Start.ToUnixTimeSeconds(), stored.Timestamp);
        var received = Assert.Single(sandbox.Server.Vendor("webhook").Received.Items);
        Assert.Equal("/hooks/alerts", received.Path);
        Assert.Equal("""{"type":"alert","text":"damaged up"}""", received.Body);
    }

    [Fact]
    public async Task A_repeated_delivery_is_answered_again_with_the_same_id_but_stored_once()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var first = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", delivery: "k1");
        var again = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", delivery: "k1");
        var otherHook = await sandbox.PostAsync("hooks/other", """{"n":1}""", delivery: "k1");

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(first.Json.GetProperty("id").GetString(), again.Json.GetProperty("id").GetString());
        Assert.True(again.Json.GetProperty("duplicate").GetBoolean());
        Assert.False(otherHook.Json.GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, Assert.Single(sandbox.Webhook().Deliveries.For("alerts")).Repeats);
        Assert.Equal(2, sandbox.Server.Vendor("webhook").Received.Items.Count);
        Assert.Equal(1, sandbox.Server.Vendor("webhook").Counters["duplicates"]);
    }

    [Theory]
    [InlineData(null, "missing_signature")]
    [InlineData("not-the-sandbox-secret-at-all", "invalid_signature")]
    public async Task A_delivery_without_the_receivers_signature_is_refused_401(string? secret, string code)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", secret: secret);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(code, answer.Json.GetProperty("error").GetString());
        Assert.Empty(sandbox.Webhook().Deliveries.All);
        Assert.Equal(1, sandbox.Server.Vendor("webhook").Counters[SandboxCounters.Unauthorized]);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var at = sandbox.Clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "hooks/alerts") { Content = new StringContent("""{"amount":2}""") };
        request.Headers.Add("X-Connectors-Timestamp", at.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Connectors-Delivery", "k");
        request.Headers.Add("X-Connectors-Signature", WebhookTestClient.Sign(Connectors.Sandbox.Webhook.WebhookDefaults.Secret, at, """{"amount":1}"""));

        using var response = await sandbox.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_replayed_delivery_outside_the_tolerance_is_refused_even_with_a_valid_signature()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var old = SandboxHarness.Start.AddMinutes(-6).ToUnixTimeSeconds();

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", timestamp: old);
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { ToleranceSeconds = 600 };
        var tolerated = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", timestamp: old);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("stale_timestamp", answer.Json.GetProperty("error").GetString());
        Assert.Contains("360 s from the receiver's clock", answer.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tolerated.Status);
        Assert.Equal(1, sandbox.Server.Vendor("webhook").Counters["staleTimestamps"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_400_after_the_signature_check()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync("hooks/alerts", "text: damaged");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_json", answer.Json.GetProperty("error").GetString());
        Assert.Empty(sandbox.Webhook().Deliveries.All);
    }

    [Fact]
    public async Task A_delivery_without_its_delivery_id_is_refused_400()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", delivery: null);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("missing_delivery", answer.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unsigned_deliveries_are_taken_when_the_knob_says_so()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { RequireSignature = false };

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""", secret: null);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(Assert.Single(sandbox.Webhook().Deliveries.All).Verified);
    }

    [Fact]
    public async Task A_forced_answer_refuses_verified_deliveries_without_storing_them()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Webhook().Knobs = sandbox.Webhook().Knobs with { AnswerStatus = 422, AnswerBody = """{"error":"unknown_rule","message":"rule damaged-goods is not configured here"}""" };

        var answer = await sandbox.PostAsync("hooks/alerts", """{"n":1}""");

        Assert.Equal((HttpStatusCode)422, answer.Status);
        Assert.Equal("unknown_rule", answer.Json.GetProperty("error").GetString());
        Assert.Empty(sandbox.Webhook().Deliveries.All);
        Assert.Equal(1, sandbox.Server.Vendor("webhook").Counters["refused"]);
    }
}

using System.Net;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Webhook;

namespace Connectors.Sandbox.Tests.Webhook;

public sealed class WebhookVendorShapeTests
{
    private const string SlackMessage = """{"text":"Alert: damaged","blocks":[{"type":"header","text":{"type":"plain_text","text":"Alert"}},{"type":"section","fields":[{"type":"mrkdwn","text":"*Value*\n34%"}]}]}""";

    private const string AdaptiveCard = """
        {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","contentUrl":null,
          "content":{"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.2","body":[{"type":"TextBlock","text":"Alert"}]}}]}
        """;

    [Fact]
    public async Task Slack_answers_ok_in_plain_text_and_keeps_every_post()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var first = await sandbox.PostAsync(WebhookDefaults.SlackPath, SlackMessage, secret: null);
        var again = await sandbox.PostAsync(WebhookDefaults.SlackPath, SlackMessage, secret: null);

        Assert.Equal((HttpStatusCode.OK, "ok", "text/plain"), (first.Status, first.Text, first.ContentType));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(2, sandbox.Webhook().Deliveries.All.Count(d => d.Receiver == "slack"));
    }

    [Theory]
    [InlineData("not json", 400, "invalid_payload")]
    [InlineData("""{"username":"bot"}""", 400, "no_text")]
    [InlineData("""{"text":"x","blocks":[{"type":"banner"}]}""", 400, "invalid_blocks")]
    [InlineData("""{"text":"x","blocks":[{"type":"section","text":{"type":"mrkdwn","text":""}}]}""", 400, "invalid_blocks")]
    public async Task Slack_refuses_what_slack_refuses_in_its_words(string body, int status, string error)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync(WebhookDefaults.SlackPath, body, secret: null);

        Assert.Equal(((HttpStatusCode)status, error), (answer.Status, answer.Text));
        Assert.Empty(sandbox.Webhook().Deliveries.All);
    }

    [Fact]
    public async Task Slack_answers_no_service_for_a_path_that_is_not_a_webhooks()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync("services/T000/B000", """{"text":"x"}""", secret: null);

        Assert.Equal((HttpStatusCode.NotFound, "no_service"), (answer.Status, answer.Text));
    }

    [Fact]
    public async Task A_throttled_slack_webhook_answers_429_rate_limited_with_retry_after()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Server.Vendor("webhook").Faults.Set(new FaultSettings { ThrottleShare = 1 });

        var answer = await sandbox.PostAsync(WebhookDefaults.SlackPath, SlackMessage, secret: null);

        Assert.Equal((HttpStatusCode.TooManyRequests, "rate_limited"), (answer.Status, answer.Text));
        Assert.Equal(TimeSpan.FromSeconds(1), answer.Headers.RetryAfter!.Delta);
    }

    [Theory]
    [InlineData(AdaptiveCard)]
    [InlineData("""{"@type":"MessageCard","@context":"http://schema.org/extensions","summary":"Alert","sections":[]}""")]
    [InlineData("""{"text":"Hello"}""")]
    public async Task A_teams_connector_webhook_answers_1_for_cards_and_text(string body)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync(WebhookDefaults.TeamsPath, body, secret: null);

        Assert.Equal((HttpStatusCode.OK, "1"), (answer.Status, answer.Text));
        Assert.Equal("teams", Assert.Single(sandbox.Webhook().Deliveries.All).Receiver);
    }

    [Theory]
    [InlineData("""{"@type":"MessageCard","sections":[]}""", "Summary or Text is required.")]
    [InlineData("""{"type":"message","attachments":[{"contentType":"image/png"}]}""", "Summary or Text is required.")]
    [InlineData("{", "Bad payload received by generic incoming webhook.")]
    public async Task A_teams_connector_webhook_refuses_a_card_it_cannot_show(string body, string text)
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync(WebhookDefaults.TeamsPath, body, secret: null);

        Assert.Equal((HttpStatusCode.BadRequest, text), (answer.Status, answer.Text));
    }

    [Fact]
    public async Task A_throttled_teams_connector_answers_200_with_a_text_that_names_the_429()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Server.Vendor("webhook").Faults.Set(new FaultSettings { ThrottleShare = 1 });

        var answer = await sandbox.PostAsync(WebhookDefaults.TeamsPath, AdaptiveCard, secret: null);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith("Microsoft Teams endpoint returned HTTP error 429", answer.Text, StringComparison.Ordinal);
        Assert.Empty(sandbox.Webhook().Deliveries.All);
    }

    [Fact]
    public async Task A_teams_workflow_trigger_answers_202_without_a_body()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answer = await sandbox.PostAsync(WebhookDefaults.WorkflowsPath, AdaptiveCard, secret: null);
        var broken = await sandbox.PostAsync(WebhookDefaults.WorkflowsPath, "{", secret: null);

        Assert.Equal((HttpStatusCode.Accepted, ""), (answer.Status, answer.Text));
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.Equal("workflows", Assert.Single(sandbox.Webhook().Deliveries.All).Receiver);
    }
}

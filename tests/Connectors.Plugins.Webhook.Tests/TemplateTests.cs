using System.Text.Json;
using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class TemplateTests
{
    [Fact]
    public async Task A_body_template_renders_the_body_and_overrides_the_format()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o =>
        {
            o.Format = WebhookFormat.Slack;
            o.BodyTemplate = """{"text": {{ text | json }}, "rule": {{ alert.rule | json }}, "value": {{ alert.value }}, "key": {{ item.delivery | json }}, "kind": {{ item.kind | json }}}""";
        });

        var result = (await sink.PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.Equal(
            """{"text": "negative share of topic damaged is 34% over 7 days, 2.8x its 8-week average", "rule": "damaged-goods", "value": 0.34, "key": "alerts-hook:alert:damaged-goods:2025-06-01", "kind": "alert"}""",
            sandbox.Single().Delivery.Body);
    }

    [Fact]
    public async Task Feedback_customer_annotations_and_the_envelope_are_template_variables()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.BodyTemplate = """
            {"stars": {{ feedback.rating_stars }}, "text": {{ feedback.text | json }}, "topics": {{ feedback.topics | json }},
             "sentiment": {{ feedback.sentiment | json }}, "email": {{ customer.email | json }}, "priority": {{ item.priority | json }},
             "annotations": {{ annotations.size }}, "subject": {{ subject | json }}, "envelope": {{ envelope_json }}}
            """);

        await sink.PushAsync([Items.Review(body: "Grüße: \"crushed\"\nbox")], CancellationToken.None);

        var (delivery, body) = sandbox.Single();
        Assert.Equal(1, body.GetProperty("stars").GetInt32());
        Assert.Equal("Grüße: \"crushed\"\nbox", body.GetProperty("text").GetString());
        Assert.Contains("Grüße", delivery.Body, StringComparison.Ordinal);
        Assert.Equal(["damaged"], body.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(("negative", "jane@example.com", "urgent", 2), (body.GetProperty("sentiment").GetString(), body.GetProperty("email").GetString(),
            body.GetProperty("priority").GetString(), body.GetProperty("annotations").GetInt32()));
        Assert.Equal("★☆☆☆☆ Review from Jane Doe on trustpilot", body.GetProperty("subject").GetString());
        Assert.Equal("feedback", body.GetProperty("envelope").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_template_whose_output_is_not_json_fails_the_item_for_good_with_the_reason_and_sends_nothing()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();

        // Valid for alerts (so it passes validation), broken for feedback.
        var sink = sandbox.Sink(o => o.BodyTemplate = """{% if alert %}{"rule": {{ alert.rule | json }}}{% else %}{"text": "{{ feedback.text }}"}{% endif %}""");

        var results = await sink.PushAsync([Items.Review(body: "Box \"crushed\""), Items.Alert()], CancellationToken.None);

        Assert.Equal([SinkOutcome.Failed, SinkOutcome.Done], results.Select(r => r.Outcome));
        Assert.StartsWith("bodyTemplate rendered a body that is not JSON (line 1, position ", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("it begins: {\"text\": \"Box \"crushed\"\"}", results[0].Error, StringComparison.Ordinal);
        Assert.EndsWith("write values with the json filter ({{ feedback.text | json }}), then replay the dead letters", results[0].Error, StringComparison.Ordinal);
        Assert.Single(sandbox.Receiver.Deliveries.All);
        Assert.Equal(1, sandbox.Vendor.Counters.Requests);
    }

    [Fact]
    public async Task A_template_can_shape_a_slack_message_from_the_routes_text()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o =>
        {
            o.Url = new Uri(sandbox.Server.BaseUrl, Connectors.Sandbox.Webhook.WebhookDefaults.SlackPath);
            o.BodyTemplate = """{"text": {{ content.text | default: text | json }}, "unfurl_links": false}""";
        });

        var result = (await sink.PushAsync([Items.Review(content: new RenderedContent(null, "Jane is unhappy"))], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        Assert.Equal("Jane is unhappy", JsonDocument.Parse(sandbox.Single().Delivery.Body).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_section_the_item_does_not_have_is_nil_and_the_json_filter_writes_it_as_null()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => o.BodyTemplate = """{"title": {{ feedback.title | json }}, "content": {{ content | json }}, "rule": {{ alert.rule | json }}}""");

        await sink.PushAsync([Items.Alert()], CancellationToken.None);

        Assert.Equal("""{"title": null, "content": null, "rule": "damaged-goods"}""", sandbox.Single().Delivery.Body);
    }
}

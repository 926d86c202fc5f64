using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Webhook;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class FormatTests
{
    public static TheoryData<string> Kinds => ["alert", "feedback", "customer"];

    private static SinkItem Item(string kind) => kind switch
    {
        "alert" => Items.Alert(),
        "feedback" => Items.Review(),
        _ => Items.CustomerItem(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_item_is_a_message_the_slack_webhook_takes(string kind)
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.SlackPath); o.Format = WebhookFormat.Slack; o.Secret = null; });

        var result = (await sink.PushAsync([Item(kind)], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Done, Item(kind).IdempotencyKey), (result.Outcome, result.SinkId));
        var (delivery, body) = sandbox.Single();
        Assert.Equal("slack", delivery.Receiver);
        Assert.Equal("header", body.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_slack_message_shows_the_alert_with_its_facts_and_examples()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.SlackPath); o.Format = WebhookFormat.Slack; });

        await sink.PushAsync([Items.Alert()], CancellationToken.None);

        var blocks = sandbox.Single().Body.GetProperty("blocks");
        Assert.Equal("Alert: damaged-goods", blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("negative share of topic damaged is 34% over 7 days, 2.8x its 8-week average", blocks[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("> Box arrived crushed\n> Mug was broken in two", blocks[2].GetProperty("text").GetProperty("text").GetString());
        var fields = blocks[3].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()).ToList();
        Assert.Equal(
            ["*Metric*\nnegative_share (topic=damaged)", "*Value*\n34%", "*Baseline*\n12% (now 2.8x the baseline)", "*Threshold*\n24%", "*Items*\n41",
             "*Window*\n2025-05-25 00:00 – 2025-06-01 00:00 UTC"],
            fields);
    }

    [Fact]
    public async Task A_customers_words_are_escaped_for_slack_but_a_routes_text_is_sent_as_its_author_wrote_it()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.SlackPath); o.Format = WebhookFormat.Slack; });
        var routed = Items.Review("r2", content: new RenderedContent(null, "*Bad review* <https://example.com/r2|open>"));

        await sink.PushAsync([Items.Review(body: "Tell <!channel> & co: <b>broken</b>"), routed], CancellationToken.None);

        var bodies = sandbox.Receiver.Deliveries.All.Select(d => JsonDocument.Parse(d.Body).RootElement).ToList();
        Assert.Equal("Damaged\nTell &lt;!channel&gt; &amp; co: &lt;b&gt;broken&lt;/b&gt;", bodies[0].GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("*Bad review* <https://example.com/r2|open>", bodies[1].GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("★☆☆☆☆ Review from Jane Doe on trustpilot", bodies[1].GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(3, bodies[1].GetProperty("blocks").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_item_is_an_adaptive_card_the_teams_webhook_takes(string kind)
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.TeamsPath); o.Format = WebhookFormat.Teams; });

        var result = (await sink.PushAsync([Item(kind)], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Done, Item(kind).IdempotencyKey), (result.Outcome, result.SinkId));
        var attachment = sandbox.Single().Body.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_teams_card_holds_the_feedback_its_facts_and_a_link_back()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.WorkflowsPath); o.Format = WebhookFormat.Teams; });

        var result = (await sink.PushAsync([Items.Review()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Done, result.Outcome);
        var card = sandbox.Single().Body.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("★☆☆☆☆ Review from Jane Doe on trustpilot", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Damaged\nBox arrived crushed", card.GetProperty("body")[1].GetProperty("text").GetString());
        var facts = card.GetProperty("body")[2].GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("1/5 stars", facts["Rating"]);
        Assert.Equal("urgent", facts["Priority"]);
        Assert.Equal("negative (-0.8)", facts["Sentiment"]);
        Assert.Equal("damaged", facts["Topics"]);
        Assert.Equal("Jane Doe, jane@example.com, +14155550100", facts["Customer"]);
        var action = card.GetProperty("actions")[0];
        Assert.Equal(("Action.OpenUrl", "Open on trustpilot", "https://www.trustpilot.com/reviews/r1"),
            (action.GetProperty("type").GetString(), action.GetProperty("title").GetString(), action.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task A_throttled_teams_webhook_answering_200_with_a_429_text_is_a_retry()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });
        var sink = sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, WebhookDefaults.TeamsPath); o.Format = WebhookFormat.Teams; });

        var result = (await sink.PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Retry, TimeSpan.FromMinutes(1)), (result.Outcome, result.RetryAfter));
        Assert.Contains("is throttling (Teams answered 200: Microsoft Teams endpoint returned HTTP error 429", result.Error, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>
/// The <c>slack</c> format: an incoming-webhook message, <c>{"text", "blocks"}</c>. <c>text</c> is what notifications
/// and old clients show; the blocks are a header (the title), the text, the facts as fields, the examples as quotes and
/// the link. Texts are cut to Slack's block limits rather than refused; the customer's words are escaped so they
/// cannot turn into mentions or links, while a route's rendered text is sent as the Slack markup it was written in.
/// </summary>
internal static class SlackMessage
{
    // Slack's limits: header 150 characters, section text 3000, field 2000, 10 fields per section.
    private const int HeaderMax = 150;
    private const int SectionMax = 3000;
    private const int FieldMax = 2000;
    private const int FieldsPerSection = 10;

    public static string Serialize(MessageParts message) => Build(message).ToJsonString(WebhookJson.Options);

    public static JsonObject Build(MessageParts message)
    {
        var text = message.Routed ? message.Text : Escape(message.Text);
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = PlainText(TextLimits.Shorten(message.Title, HeaderMax)) },
            Section(TextLimits.Shorten(text, SectionMax)),
        };

        if (message.Quotes.Count > 0)
        {
            blocks.Add(Section(TextLimits.Shorten(string.Join("\n", message.Quotes.Select(q => "> " + Escape(q).Replace("\n", "\n> ", StringComparison.Ordinal))), SectionMax)));
        }

        foreach (var chunk in message.Facts.Chunk(FieldsPerSection))
        {
            var fields = new JsonArray();
            foreach (var fact in chunk)
            {
                fields.Add(Mrkdwn(TextLimits.Shorten($"*{Escape(fact.Name)}*\n{Escape(fact.Value)}", FieldMax)));
            }

            blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = fields });
        }

        if (message.Link is { } link)
        {
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray { Mrkdwn($"<{link.Url.AbsoluteUri}|{Escape(link.Label)}>") } });
        }

        return new JsonObject
        {
            ["text"] = TextLimits.Shorten($"{Escape(message.Title)}\n{text}", SectionMax),
            ["blocks"] = blocks,
        };
    }

    /// <summary>Slack's three control characters, as its formatting guide asks: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}

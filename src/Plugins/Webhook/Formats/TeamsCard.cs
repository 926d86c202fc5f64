using System.Text.Json.Nodes;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>
/// The <c>teams</c> format: a message with one Adaptive Card (schema 1.2), the shape Microsoft documents for Teams
/// incoming webhooks and the only one Teams Workflows take (they dropped the older MessageCard). The card holds the
/// title, the text, the examples, the facts as a FactSet and the link as an <c>Action.OpenUrl</c>.
/// </summary>
internal static class TeamsCard
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    // Teams refuses messages over about 28 KB; long customer texts are cut well before that.
    private const int TextMax = 4000;

    public static string Serialize(MessageParts message) => Build(message).ToJsonString(WebhookJson.Options);

    public static JsonObject Build(MessageParts message)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = message.Title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = TextLimits.Shorten(message.Text, TextMax), ["wrap"] = true },
        };

        foreach (var quote in message.Quotes)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = $"“{quote}”", ["isSubtle"] = true, ["wrap"] = true });
        }

        if (message.Facts.Count > 0)
        {
            var facts = new JsonArray();
            foreach (var fact in message.Facts)
            {
                facts.Add(new JsonObject { ["title"] = fact.Name, ["value"] = fact.Value });
            }

            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.2",
            ["body"] = body,
        };
        if (message.Link is { } link)
        {
            card["actions"] = new JsonArray { new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = link.Label, ["url"] = link.Url.AbsoluteUri } };
        }

        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = AdaptiveCardContentType, ["contentUrl"] = null, ["content"] = card },
            },
        };
    }
}

using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>
/// An item as a chat message, before Slack or Teams shape it: a title, the text, labelled facts, quoted examples and a
/// link back to the source. When the route rendered text for the item, that text is the message (its subject the
/// title) and the facts are left out: the route's author chose what to say.
/// </summary>
/// <param name="Title">One line.</param>
/// <param name="Text">The message; never empty.</param>
/// <param name="Facts">Labelled details.</param>
/// <param name="Quotes">Example texts (an alert's examples).</param>
/// <param name="Link">Where the item can be opened, with the link's label.</param>
/// <param name="Routed">Whether <paramref name="Text"/> is the route's rendered text, written in the chat tool's own markup.</param>
internal sealed record MessageParts(string Title, string Text, IReadOnlyList<MessageFact> Facts, IReadOnlyList<string> Quotes, (Uri Url, string Label)? Link, bool Routed)
{
    private const int MaxQuotes = 3;

    public static MessageParts For(SinkItem item)
    {
        var built = item.Alert is { } alert ? ForAlert(alert)
            : item.Feedback is { } feedback ? ForFeedback(feedback, item)
            : item.Customer is { } customer ? ForCustomer(customer)
            : new MessageParts("Empty item", "(no content)", [], [], null, false);

        return item.Content is { } content
            ? built with { Title = Blank(content.Subject) ?? built.Title, Text = Blank(content.Body) ?? built.Text, Facts = [], Quotes = [], Routed = true }
            : built;
    }

    private static MessageParts ForAlert(AlertRecord a)
    {
        var facts = new List<MessageFact>
        {
            new("Metric", a.Dimension.Length > 0 ? $"{a.Metric} ({a.Dimension})" : a.Metric),
            new("Value", AlertValues.Format(a.Metric, a.Value)),
        };
        if (a.Baseline is { } baseline)
        {
            var ratio = AlertValues.Ratio(a);
            facts.Add(new("Baseline", AlertValues.Format(a.Metric, baseline) + (ratio is null ? "" : $" (now {ratio})")));
        }

        facts.Add(new("Threshold", AlertValues.Format(a.Metric, a.Threshold)));
        facts.Add(new("Items", a.ItemCount.ToString(CultureInfo.InvariantCulture)));
        facts.Add(new("Window", AlertValues.Window(a)));
        var quotes = a.Examples.Where(e => !string.IsNullOrWhiteSpace(e)).Take(MaxQuotes).Select(e => TextLimits.Shorten(e.Trim(), 300)).ToList();
        return new MessageParts($"Alert: {a.Rule}", Blank(a.Message) ?? $"{a.Metric} breached its threshold", facts, quotes, null, false);
    }

    private static MessageParts ForFeedback(FeedbackRecord f, SinkItem item)
    {
        var author = Blank(item.Customer?.Name) ?? Blank(item.Customer?.Email) ?? "a customer";
        var stars = f.Rating is { } r ? Ratings.StarText(r) + " " : "";
        var title = $"{stars}{Capitalize(f.Kind.Replace('_', ' '))} from {author} on {f.Channel}";
        var facts = new List<MessageFact>();
        Add(facts, "Rating", f.Rating is { } rating ? Ratings.Label(rating) : null);
        Add(facts, "Priority", item.Priority is { } p ? Names.Of(p) : null);
        var sentiment = item.Annotations.FirstOrDefault(a => a.Name == AnnotationNames.Sentiment);
        Add(facts, "Sentiment", sentiment is null ? null : sentiment.Score is { } s ? $"{sentiment.Value} ({s.ToString("0.##", CultureInfo.InvariantCulture)})" : sentiment.Value);
        var topics = item.Annotations.Where(a => a.Name == AnnotationNames.Topic).Select(a => a.Value).Distinct(StringComparer.Ordinal).ToList();
        Add(facts, "Topics", topics.Count > 0 ? string.Join(", ", topics) : null);
        Add(facts, "Order", f.OrderId);
        Add(facts, "Product", f.ProductId);
        Add(facts, "Customer", item.Customer is { } c ? Contact(c) : null);
        Add(facts, "Written", HumanTime(f.OccurredAt));
        Add(facts, "Route", item.Route);
        var text = Blank(f.Title) is { } heading ? $"{heading}\n{Blank(f.Body) ?? ""}".Trim() : Blank(f.Body) ?? "(no text)";
        return new MessageParts(title, text, facts, [], f.Url is { } url ? (url, $"Open on {f.Channel}") : null, false);
    }

    private static MessageParts ForCustomer(CustomerRecord c)
    {
        var facts = new List<MessageFact>();
        Add(facts, "Email", c.Email);
        Add(facts, "Phone", c.Phone);
        Add(facts, "Country", c.Country);
        Add(facts, "Locale", c.Locale);
        Add(facts, "Tags", c.Tags.Count > 0 ? string.Join(", ", c.Tags) : null);
        Add(facts, "Channel", c.Channel);
        var who = Blank(c.Name) ?? Blank(c.Email) ?? Blank(c.Phone) ?? c.SourceId;
        return new MessageParts($"Customer {who}", Contact(c), facts, [], null, false);
    }

    private static string Contact(CustomerRecord c)
    {
        var parts = new[] { Blank(c.Name), Blank(c.Email), Blank(c.Phone) }.Where(p => p is not null).ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : $"{c.Channel} customer {c.SourceId}";
    }

    private static string HumanTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static void Add(List<MessageFact> facts, string name, string? value)
    {
        if (Blank(value) is { } text)
        {
            facts.Add(new MessageFact(name, text));
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Globalization;
using System.Net;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.HubSpot.Mapping;

/// <summary>A feedback item as a HubSpot note: when it happened, an HTML body people read on the timeline, and its key.</summary>
internal static class NoteContent
{
    /// <summary>HubSpot's limit on <c>hs_note_body</c>.</summary>
    public const int MaxBodyLength = 65_536;

    /// <param name="feedback">The item.</param>
    /// <param name="routed">What the route's template rendered, used as the body (cut to HubSpot's limit) instead of the built-in one.</param>
    /// <param name="key">The item's idempotency key.</param>
    /// <param name="keyProperty">The note property that holds the key.</param>
    /// <param name="includeKey">Whether to set the key property.</param>
    public static Dictionary<string, string> Properties(FeedbackRecord feedback, RenderedContent? routed, string key, string keyProperty, bool includeKey = true)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["hs_timestamp"] = feedback.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["hs_note_body"] = routed is null ? Body(feedback) : routed.Body[..Math.Min(routed.Body.Length, MaxBodyLength)],
        };
        if (includeKey)
        {
            properties[keyProperty] = key;
        }

        return properties;
    }

    /// <summary>Heading (kind, channel, rating), title, text, references and the link back; the text is cut to fit HubSpot's limit.</summary>
    public static string Body(FeedbackRecord f)
    {
        var head = new StringBuilder();
        head.Append("<p><strong>").Append(Encode(Label(f.Kind))).Append(" on ").Append(Encode(Label(f.Channel))).Append("</strong>");
        if (f.Rating is { } rating)
        {
            head.Append(" · ").Append(Encode(rating.Describe()));
        }

        head.Append("</p>");
        if (!string.IsNullOrWhiteSpace(f.Title))
        {
            head.Append("<p><strong>").Append(Encode(f.Title)).Append("</strong></p>");
        }

        var tail = new StringBuilder();
        var refs = new List<string>();
        AddRef(refs, "Order", f.OrderId);
        AddRef(refs, "Product", f.ProductId);
        AddRef(refs, "Language", f.Language);
        if (refs.Count > 0)
        {
            tail.Append("<p>").Append(Encode(string.Join(" · ", refs))).Append("</p>");
        }

        if (f.Url is { IsAbsoluteUri: true, Scheme: "http" or "https" } url)
        {
            tail.Append("<p><a href=\"").Append(Encode(url.AbsoluteUri)).Append("\">View on ").Append(Encode(Label(f.Channel))).Append("</a></p>");
        }

        var text = string.IsNullOrWhiteSpace(f.Body) ? "" : Encode(f.Body.Trim()).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
        var room = MaxBodyLength - head.Length - tail.Length - "<p></p>".Length;
        if (text.Length > room)
        {
            // Cut the customer's text, never the heading or the link back; an entity cut in half would show as garbage.
            var cut = Math.Max(0, room - 1);
            var amp = text.LastIndexOf('&', Math.Max(0, cut - 1));
            if (amp >= 0 && text.IndexOf(';', amp) >= cut)
            {
                cut = amp;
            }

            text = text[..cut] + "…";
        }

        return text.Length == 0 ? head.Append(tail).ToString() : head.Append("<p>").Append(text).Append("</p>").Append(tail).ToString();
    }

    /// <summary>"seller_feedback" → "Seller feedback", "trustpilot" → "Trustpilot".</summary>
    public static string Label(string value)
    {
        var words = value.Replace('_', ' ').Trim();
        return words.Length == 0 ? value : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static void AddRef(List<string> refs, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            refs.Add($"{label} {value.Trim()}");
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

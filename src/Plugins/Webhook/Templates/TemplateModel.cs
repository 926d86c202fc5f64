using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Formats;

namespace Connectors.Plugins.Webhook.Templates;

/// <summary>
/// What a <c>bodyTemplate</c> sees, with snake_case names as Liquid users expect: <c>item</c>, <c>text</c>,
/// <c>subject</c>, <c>content</c>, <c>alert</c>, <c>feedback</c>, <c>customer</c>, <c>annotations</c> and
/// <c>envelope_json</c>. A section is absent (nil) when the item has none. Every name is listed in the plugin README.
/// </summary>
internal sealed class TemplateModel
{
    private TemplateModel(Dictionary<string, object?> values) => Values = values;

    /// <summary>Top-level variables by name.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    public static TemplateModel For(DeliveryItem delivery)
    {
        var item = delivery.Item;
        var message = MessageParts.For(item);
        return new TemplateModel(new Dictionary<string, object?>
        {
            ["item"] = new Dictionary<string, object?>
            {
                ["delivery"] = item.IdempotencyKey,
                ["kind"] = delivery.Kind,
                ["route"] = item.Route,
                ["priority"] = item.Priority is { } p ? Names.Of(p) : null,
                ["connector"] = delivery.Connector,
                ["sent_at"] = Names.Time(delivery.SentAt),
                ["timestamp"] = delivery.SentAt.ToUnixTimeSeconds(),
            },
            ["text"] = message.Text,
            ["subject"] = message.Title,
            ["content"] = item.Content is { } c ? new Dictionary<string, object?> { ["subject"] = c.Subject, ["text"] = c.Body } : null,
            ["alert"] = item.Alert is { } a ? Alert(a) : null,
            ["feedback"] = item.Feedback is { } f ? Feedback(f, item.Annotations) : null,
            ["customer"] = item.Customer is { } cu ? Customer(cu) : null,
            ["annotations"] = item.Annotations.Select(Annotation).ToList(),
            ["envelope_json"] = JsonEnvelope.Serialize(delivery),
        });
    }

    private static Dictionary<string, object?> Alert(AlertRecord a) => new()
    {
        ["key"] = a.Key,
        ["rule"] = a.Rule,
        ["message"] = a.Message,
        ["metric"] = a.Metric,
        ["dimension"] = Blank(a.Dimension),
        ["value"] = Number(a.Value),
        ["baseline"] = a.Baseline is { } b ? Number(b) : null,
        ["threshold"] = Number(a.Threshold),
        ["item_count"] = a.ItemCount,
        ["window_start"] = Names.Time(a.WindowStart),
        ["window_end"] = Names.Time(a.WindowEnd),
        ["examples"] = a.Examples.ToList(),
    };

    private static Dictionary<string, object?> Feedback(FeedbackRecord f, IReadOnlyList<Annotation> annotations)
    {
        var sentiment = annotations.FirstOrDefault(x => x.Name == AnnotationNames.Sentiment);
        return new()
        {
            ["source_id"] = f.SourceId,
            ["channel"] = f.Channel,
            ["kind"] = f.Kind,
            ["kind_label"] = f.Kind.Replace('_', ' '),
            ["customer_source_id"] = Blank(f.CustomerSourceId),
            ["title"] = Blank(f.Title),
            ["text"] = Blank(f.Body),
            ["body"] = Blank(f.Body),
            ["rating"] = f.Rating is { } r ? Number(r.Value) : null,
            ["rating_raw"] = f.Rating is { } raw ? Number(raw.Raw) : null,
            ["rating_scale"] = f.Rating is { } s ? Names.Of(s.Scale) : null,
            ["rating_stars"] = f.Rating is { } stars ? Ratings.Stars(stars) : null,
            ["order_id"] = Blank(f.OrderId),
            ["product_id"] = Blank(f.ProductId),
            ["language"] = Blank(f.Language) ?? annotations.FirstOrDefault(x => x.Name == AnnotationNames.Language)?.Value,
            ["occurred_at"] = Names.Time(f.OccurredAt),
            ["updated_at"] = f.UpdatedAt is { } u ? Names.Time(u) : null,
            ["url"] = f.Url?.ToString(),
            ["reply_state"] = Names.Of(f.ReplyState),
            ["sentiment"] = sentiment?.Value,
            ["sentiment_score"] = sentiment?.Score is { } score ? Number(score) : null,
            ["topics"] = annotations.Where(x => x.Name == AnnotationNames.Topic).Select(x => x.Value).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private static Dictionary<string, object?> Customer(CustomerRecord c) => new()
    {
        ["id"] = c.SourceId,
        ["channel"] = c.Channel,
        ["name"] = Blank(c.Name),
        ["email"] = Blank(c.Email),
        ["phone"] = Blank(c.Phone),
        ["locale"] = Blank(c.Locale),
        ["country"] = Blank(c.Country),
        ["tags"] = c.Tags.ToList(),
    };

    private static Dictionary<string, object?> Annotation(Annotation a) => new()
    {
        ["name"] = a.Name,
        ["value"] = a.Value,
        ["score"] = a.Score is { } s ? Number(s) : null,
        ["evidence"] = a.Evidence,
    };

    // Liquid numbers are decimals; a NaN or infinity (never a valid JSON number) becomes nil.
    private static decimal? Number(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e15 ? Math.Round((decimal)value, 6) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

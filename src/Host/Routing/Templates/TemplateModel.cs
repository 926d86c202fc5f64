using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Enrichment;

namespace Connectors.Host.Routing.Templates;

/// <summary>
/// What a route's template sees, with snake_case names as Liquid users expect: <c>feedback</c>, <c>annotations</c>,
/// <c>customer</c> (the unified customer, absent when unknown), <c>history</c> (their other recent feedback, newest
/// first), <c>route</c> and <c>item</c>; an alert's template sees <c>alert</c>, <c>route</c> and <c>item</c>. Every name
/// is listed in the operator guide, and <c>validate</c> refuses a template that uses any other.
/// </summary>
public static class TemplateModel
{
    /// <summary>The variables of a feedback item's template.</summary>
    public static Dictionary<string, object?> ForFeedback(
        string key, FeedbackRecord feedback, IReadOnlyList<StoredAnnotation> annotations, CustomerProfile? customer, string? phone,
        IReadOnlyList<HistoryItem> history, string route, string sink, Priority? priority, string idempotencyKey) => new()
    {
        ["feedback"] = Feedback(key, feedback),
        ["annotations"] = Annotations(annotations),
        ["customer"] = customer is null ? null : Customer(customer, phone),
        ["history"] = history.Select(History).ToList(),
        ["route"] = Route(route, sink, priority),
        ["item"] = new Dictionary<string, object?> { ["idempotency_key"] = idempotencyKey },
    };

    /// <summary>The variables of an alert's template.</summary>
    public static Dictionary<string, object?> ForAlert(AlertRecord alert, string sink, string idempotencyKey) => new()
    {
        ["alert"] = new Dictionary<string, object?>
        {
            ["key"] = alert.Key,
            ["rule"] = alert.Rule,
            ["message"] = alert.Message,
            ["metric"] = alert.Metric,
            ["dimension"] = alert.Dimension,
            ["value"] = (decimal)Math.Round(alert.Value, 4),
            ["baseline"] = alert.Baseline is { } b ? (decimal)Math.Round(b, 4) : null,
            ["threshold"] = (decimal)Math.Round(alert.Threshold, 4),
            ["item_count"] = alert.ItemCount,
            ["window_start"] = Time(alert.WindowStart),
            ["window_end"] = Time(alert.WindowEnd),
            ["examples"] = alert.Examples.ToList(),
        },
        ["route"] = Route(alert.Rule, sink, null),
        ["item"] = new Dictionary<string, object?> { ["idempotency_key"] = idempotencyKey },
    };

    private static Dictionary<string, object?> Feedback(string key, FeedbackRecord f) => new()
    {
        ["key"] = key,
        ["source_id"] = f.SourceId,
        ["connector"] = key[..Math.Max(0, key.IndexOf(':', StringComparison.Ordinal))],
        ["channel"] = f.Channel,
        ["kind"] = f.Kind,
        ["kind_label"] = f.Kind.Replace('_', ' '),
        ["title"] = Blank(f.Title),
        ["text"] = Blank(f.Body),
        ["body"] = Blank(f.Body),
        ["rating"] = f.Rating is { } r ? (decimal)Math.Round(r.Value, 3) : null,
        ["rating_raw"] = f.Rating is { } raw ? (decimal)raw.Raw : null,
        ["rating_scale"] = f.Rating?.Scale.ToString(),
        ["rating_label"] = f.Rating?.Describe(),
        ["order_id"] = Blank(f.OrderId),
        ["product_id"] = Blank(f.ProductId),
        ["language"] = Blank(f.Language),
        ["occurred_at"] = Time(f.OccurredAt),
        ["updated_at"] = f.UpdatedAt is { } u ? Time(u) : null,
        ["url"] = f.Url?.ToString(),
        ["reply_state"] = f.ReplyState.ToString().ToLowerInvariant(),
    };

    private static Dictionary<string, object?> Annotations(IReadOnlyList<StoredAnnotation> annotations)
    {
        StoredAnnotation? Last(string name) => annotations.LastOrDefault(a => a.Name == name);
        return new()
        {
            ["language"] = Last(AnnotationNames.Language)?.Value,
            ["sentiment"] = Last(AnnotationNames.Sentiment)?.Value,
            ["sentiment_score"] = Last(AnnotationNames.Sentiment)?.Score is { } s ? (decimal)Math.Round(s, 2) : null,
            ["topics"] = AnnotationColumns.Topics(annotations),
            ["priority"] = Last(AnnotationNames.Priority)?.Value,
            ["all"] = annotations.Select(a => new Dictionary<string, object?>
            {
                ["name"] = a.Name,
                ["value"] = a.Value,
                ["score"] = a.Score is { } score ? (decimal)Math.Round(score, 3) : null,
                ["evidence"] = a.Evidence,
                ["enricher"] = a.Enricher,
                ["version"] = a.Version,
            }).ToList(),
        };
    }

    private static Dictionary<string, object?> Customer(CustomerProfile c, string? phone) => new()
    {
        ["id"] = c.Id,
        ["name"] = Blank(c.Name),
        ["email"] = Blank(c.Email),
        ["phone"] = Blank(phone),
        ["country"] = Blank(c.Country),
        ["locale"] = Blank(c.Locale),
        ["tags"] = c.Tags.ToList(),
        ["order_count"] = c.OrderCount,
        ["feedback_count"] = c.FeedbackCount,
        ["first_seen"] = c.FirstSeenAt is { } first ? Time(first) : null,
    };

    private static Dictionary<string, object?> History(HistoryItem h) => new()
    {
        ["key"] = h.Key,
        ["occurred_at"] = Time(h.OccurredAt),
        ["channel"] = h.Channel,
        ["kind"] = h.Kind,
        ["rating_label"] = h.Rating?.Describe(),
        ["text"] = Blank(h.Text),
        ["sentiment"] = h.Sentiment,
        ["priority"] = h.Priority,
    };

    private static Dictionary<string, object?> Route(string name, string sink, Priority? priority) => new()
    {
        ["name"] = name,
        ["sink"] = sink,
        ["priority"] = priority?.ToString().ToLowerInvariant(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

/// <summary>One of the customer's other feedback items, for a template's <c>history</c>.</summary>
public sealed record HistoryItem(string Key, DateTimeOffset OccurredAt, string Channel, string Kind, Rating? Rating, string? Text, string? Sentiment, string? Priority);

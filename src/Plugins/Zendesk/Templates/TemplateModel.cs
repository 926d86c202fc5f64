using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Templates;

/// <summary>
/// What templates see: <c>feedback</c>, <c>customer</c> (absent when the author is unknown) and <c>item</c>, with
/// snake_case names as Liquid users expect. Every name is listed in the plugin README.
/// </summary>
internal sealed class TemplateModel
{
    private TemplateModel(Dictionary<string, object?> feedback, Dictionary<string, object?>? customer, Dictionary<string, object?> item)
    {
        Feedback = feedback;
        Customer = customer;
        Item = item;
    }

    public Dictionary<string, object?> Feedback { get; }

    public Dictionary<string, object?>? Customer { get; }

    public Dictionary<string, object?> Item { get; }

    public static TemplateModel For(SinkItem item, string priority)
    {
        var f = item.Feedback ?? throw new ArgumentException("a feedback item is needed", nameof(item));
        var feedback = new Dictionary<string, object?>
        {
            ["source_id"] = f.SourceId,
            ["channel"] = f.Channel,
            ["kind"] = f.Kind,
            ["kind_label"] = f.Kind.Replace('_', ' '),
            ["title"] = Blank(f.Title),
            ["text"] = Blank(f.Body),
            ["body"] = Blank(f.Body),
            ["rating"] = f.Rating is { } r ? (decimal)Math.Round(r.Value, 3) : null,
            ["rating_raw"] = f.Rating is { } raw ? (decimal)raw.Raw : null,
            ["rating_scale"] = f.Rating is { } s ? ScaleLabel(s.Scale) : null,
            // Stars only where the scale is stars: an NPS 3 is "NPS 3/10", never "1★".
            ["rating_stars"] = f.Rating is { Scale: RatingScale.Stars1To5 } stars ? Stars(stars) : null,
            ["rating_label"] = f.Rating?.Describe(),
            ["order_id"] = Blank(f.OrderId),
            ["product_id"] = Blank(f.ProductId),
            ["language"] = Blank(f.Language),
            ["occurred_at"] = Time(f.OccurredAt),
            ["updated_at"] = f.UpdatedAt is { } u ? Time(u) : null,
            ["url"] = f.Url?.ToString(),
            ["reply_state"] = f.ReplyState.ToString().ToLowerInvariant(),
        };
        var c = item.Customer;
        var customer = c is null ? null : new Dictionary<string, object?>
        {
            ["id"] = c.SourceId,
            ["name"] = Blank(c.Name),
            ["email"] = Blank(c.Email),
            ["phone"] = Blank(c.Phone),
            ["locale"] = Blank(c.Locale),
            ["country"] = Blank(c.Country),
            ["channel"] = c.Channel,
        };
        var meta = new Dictionary<string, object?>
        {
            ["priority"] = priority,
            ["idempotency_key"] = item.IdempotencyKey,
        };
        return new TemplateModel(feedback, customer, meta);
    }

    /// <summary>Whole stars 1 to 5, for the star scale only.</summary>
    private static int Stars(Rating rating) => (int)Math.Round(rating.Raw, MidpointRounding.AwayFromZero);

    private static string ScaleLabel(RatingScale scale) => scale switch
    {
        RatingScale.Stars1To5 => "stars 1-5",
        RatingScale.Nps0To10 => "NPS 0-10",
        RatingScale.Csat1To5 => "CSAT 1-5",
        _ => scale.ToString(),
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

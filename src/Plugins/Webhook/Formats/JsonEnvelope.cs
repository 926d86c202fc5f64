using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Formats.Envelopes;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>The <c>json</c> format: the documented envelope of an item (version 1).</summary>
internal static class JsonEnvelope
{
    public const int Version = 1;

    public static string Serialize(DeliveryItem delivery) => JsonSerializer.Serialize(Build(delivery), WebhookJson.Options);

    public static Envelope Build(DeliveryItem delivery)
    {
        var item = delivery.Item;
        var message = MessageParts.For(item);
        return new Envelope(
            Version,
            item.IdempotencyKey,
            delivery.Kind,
            delivery.Connector,
            item.Route,
            item.Priority is { } p ? Names.Of(p) : null,
            Names.Time(delivery.SentAt),
            message.Title,
            message.Text,
            message.Routed,
            item.Alert is { } a ? Alert(a) : null,
            item.Feedback is { } f ? Feedback(f) : null,
            item.Customer is { } c ? Customer(c) : null,
            [.. item.Annotations.Select(x => new EnvelopeAnnotation(x.Name, x.Value, Finite(x.Score), x.Evidence))]);
    }

    private static EnvelopeAlert Alert(AlertRecord a) => new(
        a.Key, a.Rule, a.Message, a.Metric, a.Dimension, Finite(a.Value), Finite(a.Baseline), Finite(a.Threshold), a.ItemCount,
        Names.Time(a.WindowStart), Names.Time(a.WindowEnd), a.Examples);

    private static EnvelopeFeedback Feedback(FeedbackRecord f) => new(
        f.SourceId, f.Channel, f.Kind, f.CustomerSourceId, f.OrderId, f.ProductId,
        f.Rating is { } r ? new EnvelopeRating(r.Value, r.Raw, Names.Of(r.Scale)) : null,
        f.Title, f.Body, f.Language, Names.Time(f.OccurredAt), f.UpdatedAt is { } u ? Names.Time(u) : null, f.Url?.ToString(),
        Names.Of(f.ReplyState));

    private static EnvelopeCustomer Customer(CustomerRecord c) => new(
        c.SourceId, c.Channel, c.Name, c.Email, c.Phone, c.Locale, c.Country, Consent(c.EmailMarketingConsent), Consent(c.SmsConsent),
        c.Tags, [.. c.Identities.Select(i => new EnvelopeIdentity(i.Channel, i.ExternalId))], c.OrderIds,
        c.SeenAt is { } seen ? Names.Time(seen) : null);

    private static EnvelopeConsent? Consent(Consent? consent) =>
        consent is null ? null : new EnvelopeConsent(consent.Granted, consent.Source, consent.RecordedAt is { } at ? Names.Time(at) : null);

    // JSON has no NaN or infinity: such a value is written as null rather than failing the item.
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

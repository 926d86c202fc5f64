using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Outbox;

/// <summary>Turns stored rows back into common-schema records for a sink: the unified customer, the stored feedback.</summary>
internal static class StoredRecords
{
    /// <summary>The channel of a unified customer, whose <see cref="CustomerRecord.SourceId"/> is our customer id.</summary>
    public const string UnifiedChannel = "connectors";

    public static CustomerRecord Customer(CustomerEntity c) => new()
    {
        SourceId = c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Channel = UnifiedChannel,
        Email = c.Email,
        Phone = c.Phone,
        Name = c.Name,
        Locale = c.Locale,
        Country = c.Country,
        EmailMarketingConsent = c.EmailMarketingConsent is { } email ? new Consent(email, c.EmailMarketingConsentSource ?? "", c.EmailMarketingConsentAt) : null,
        SmsConsent = c.SmsConsent is { } sms ? new Consent(sms, c.SmsConsentSource ?? "", c.SmsConsentAt) : null,
        Tags = JsonSerializer.Deserialize<List<string>>(c.Tags) ?? [],
        SeenAt = c.LastSeenAt,
    };

    /// <summary>The unified customer as enrichers and templates see it.</summary>
    public static CustomerProfile Profile(CustomerEntity c, int orders, int feedback) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Email = c.Email,
        Country = c.Country,
        Locale = c.Locale,
        Tags = JsonSerializer.Deserialize<List<string>>(c.Tags) ?? [],
        EmailMarketingConsent = c.EmailMarketingConsent,
        SmsConsent = c.SmsConsent,
        OrderCount = orders,
        FeedbackCount = feedback,
        FirstSeenAt = c.FirstSeenAt,
    };

    public static FeedbackRecord Feedback(FeedbackEntity f) => new()
    {
        SourceId = f.SourceId,
        Channel = f.Channel,
        Kind = f.Kind,
        CustomerSourceId = f.CustomerSourceId,
        OrderId = f.OrderId,
        ProductId = f.ProductId,
        Rating = f.RatingRaw is { } raw && Enum.TryParse<RatingScale>(f.RatingScale, out var scale) ? Rating.FromScale(raw, scale) : null,
        Title = f.Title,
        Body = f.Body,
        Language = f.Language,
        OccurredAt = f.OccurredAt,
        UpdatedAt = f.UpdatedAt,
        Url = f.Url is null ? null : new Uri(f.Url),
        ReplyState = Enum.TryParse<ReplyState>(f.ReplyState, out var reply) ? reply : ReplyState.None,
    };
}

using System.Text.Json;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>The <c>customers</c> columns a record sets, and the "newest non-empty value wins" merge of two records.</summary>
internal static class CustomerColumns
{
    public static readonly string[] Names =
    [
        "id", "email", "phone", "name", "locale", "country", "email_marketing_consent", "email_marketing_consent_source",
        "email_marketing_consent_at", "sms_consent", "sms_consent_source", "sms_consent_at", "tags", "first_seen_at", "last_seen_at",
    ];

    private const int Tags = 12;
    private const int FirstSeen = 13;
    private const int LastSeen = 14;

    public static object?[] From(long id, CustomerRecord r, string? email, string? phone, DateTimeOffset seen) =>
    [
        id, email, phone, Blank(r.Name), Blank(r.Locale), Blank(r.Country)?.ToUpperInvariant(),
        r.EmailMarketingConsent?.Granted, r.EmailMarketingConsent?.Source, r.EmailMarketingConsent?.RecordedAt,
        r.SmsConsent?.Granted, r.SmsConsent?.Source, r.SmsConsent?.RecordedAt,
        r.Tags.Count == 0 ? "[]" : JsonSerializer.Serialize(r.Tags), seen, seen,
    ];

    /// <summary>Folds a later record's values into a customer not yet written (same rules as the SQL update).</summary>
    public static void MergeInto(object?[] target, object?[] newer)
    {
        for (var i = 1; i < Tags; i++)
        {
            target[i] = newer[i] ?? target[i];
        }

        if ((string)newer[Tags]! != "[]")
        {
            target[Tags] = newer[Tags];
        }

        target[FirstSeen] = Min((DateTimeOffset)target[FirstSeen]!, (DateTimeOffset)newer[FirstSeen]!);
        target[LastSeen] = Max((DateTimeOffset)target[LastSeen]!, (DateTimeOffset)newer[LastSeen]!);
    }

    /// <summary>The SQL twin of <see cref="MergeInto"/>, for a customer already stored; <c>?n</c> is value n - 1 of <see cref="From"/>.</summary>
    public const string UpdateSql =
        """
        UPDATE customers SET email = COALESCE(?2, email), phone = COALESCE(?3, phone), name = COALESCE(?4, name),
            locale = COALESCE(?5, locale), country = COALESCE(?6, country),
            email_marketing_consent = COALESCE(?7, email_marketing_consent),
            email_marketing_consent_source = COALESCE(?8, email_marketing_consent_source),
            email_marketing_consent_at = COALESCE(?9, email_marketing_consent_at),
            sms_consent = COALESCE(?10, sms_consent), sms_consent_source = COALESCE(?11, sms_consent_source),
            sms_consent_at = COALESCE(?12, sms_consent_at),
            tags = CASE WHEN ?13 = '[]' THEN tags ELSE ?13 END,
            first_seen_at = CASE WHEN ?14 < first_seen_at THEN ?14 ELSE first_seen_at END,
            last_seen_at = CASE WHEN ?15 > last_seen_at THEN ?15 ELSE last_seen_at END
        WHERE id = ?1
        """;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

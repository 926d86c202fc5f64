using Connectors.Abstractions;

namespace Connectors.PluginSdk.Sources;

/// <summary>How <see cref="SourceBatchBuilder"/> folds a customer met twice in one batch into one record.</summary>
public static class CustomerMerges
{
    /// <summary>
    /// The later-seen record's details win and the earlier fills its gaps; order links add up. For exports where the
    /// same person answers several times (survey rows).
    /// </summary>
    public static CustomerRecord LatestWins(CustomerRecord a, CustomerRecord b)
    {
        var (older, newer) = b.SeenAt >= a.SeenAt ? (a, b) : (b, a);
        return newer with
        {
            Email = newer.Email ?? older.Email,
            Phone = newer.Phone ?? older.Phone,
            Name = newer.Name ?? older.Name,
            Locale = newer.Locale ?? older.Locale,
            Country = newer.Country ?? older.Country,
            EmailMarketingConsent = newer.EmailMarketingConsent ?? older.EmailMarketingConsent,
            SmsConsent = newer.SmsConsent ?? older.SmsConsent,
            OrderIds = [.. older.OrderIds.Union(newer.OrderIds, StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The fuller record wins field by field and the other fills its gaps; order links add up; the later time seen is
    /// kept. For APIs that also send a bare link (an order naming only its customer's id) of a customer read in full.
    /// </summary>
    public static CustomerRecord FullestWins(CustomerRecord a, CustomerRecord b)
    {
        var (full, other) = a.Email is not null || a.Name is not null || a.Tags.Count > 0 ? (a, b) : (b, a);
        return full with
        {
            Email = full.Email ?? other.Email,
            Phone = full.Phone ?? other.Phone,
            Name = full.Name ?? other.Name,
            Locale = full.Locale ?? other.Locale,
            Country = full.Country ?? other.Country,
            EmailMarketingConsent = full.EmailMarketingConsent ?? other.EmailMarketingConsent,
            SmsConsent = full.SmsConsent ?? other.SmsConsent,
            OrderIds = [.. a.OrderIds.Union(b.OrderIds, StringComparer.Ordinal)],
            SeenAt = Later(full.SeenAt, other.SeenAt),
        };
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

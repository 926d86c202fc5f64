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
        return Fill(newer, older, older.OrderIds.Union(newer.OrderIds, StringComparer.Ordinal));
    }

    /// <summary>
    /// The fuller record wins field by field and the other fills its gaps; order links add up; the later time seen is
    /// kept. For APIs that also send a bare link (an order naming only its customer's id) of a customer read in full.
    /// </summary>
    public static CustomerRecord FullestWins(CustomerRecord a, CustomerRecord b)
    {
        var (full, other) = a.Email is not null || a.Name is not null || a.Tags.Count > 0 ? (a, b) : (b, a);
        return Fill(full, other, a.OrderIds.Union(b.OrderIds, StringComparer.Ordinal)) with { SeenAt = Later(full.SeenAt, other.SeenAt) };
    }

    /// <summary>The winner with each detail it lacks taken from the other: one list of fields for every merge.</summary>
    private static CustomerRecord Fill(CustomerRecord winner, CustomerRecord other, IEnumerable<string> orderIds) => winner with
    {
        Email = winner.Email ?? other.Email,
        Phone = winner.Phone ?? other.Phone,
        Name = winner.Name ?? other.Name,
        Locale = winner.Locale ?? other.Locale,
        Country = winner.Country ?? other.Country,
        EmailMarketingConsent = winner.EmailMarketingConsent ?? other.EmailMarketingConsent,
        SmsConsent = winner.SmsConsent ?? other.SmsConsent,
        OrderIds = [.. orderIds],
    };

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

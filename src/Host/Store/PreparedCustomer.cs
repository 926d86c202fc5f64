using Connectors.Abstractions;
using Connectors.Host.Normalization;

namespace Connectors.Host.Store;

/// <summary>
/// A customer record with its normalised identities and content hash, ready to be resolved. Pure work on the
/// record alone, so the sync engine prepares the next batch while the writer commits the current one.
/// </summary>
/// <param name="Record">The record as the source read it.</param>
/// <param name="Email">Its email, normalised.</param>
/// <param name="Phone">Its phone, in E.164.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Identities">What can match it to a customer, strongest first.</param>
/// <param name="Columns">The <c>customers</c> row it sets, with no id yet.</param>
internal sealed record PreparedCustomer(CustomerRecord Record, string? Email, string? Phone, long Hash, List<CustomerKey> Identities, object?[] Columns)
{
    /// <summary>The <c>customers</c> row this record sets, for customer <paramref name="customerId"/> (a fresh copy).</summary>
    public object?[] ColumnsFor(long customerId)
    {
        var columns = (object?[])Columns.Clone();
        columns[0] = customerId;
        return columns;
    }

    /// <summary>
    /// A record with no attributes only points at a customer (an order's buyer, say): it links a new customer but
    /// never counts as a change of one already stored, whose full record comes from its own stream.
    /// </summary>
    public bool IsReference => Email is null && Phone is null && string.IsNullOrWhiteSpace(Record.Name) && string.IsNullOrWhiteSpace(Record.Locale)
        && string.IsNullOrWhiteSpace(Record.Country) && Record.EmailMarketingConsent is null && Record.SmsConsent is null
        && Record.Tags.Count == 0 && Record.Identities.Count == 0;

    /// <summary>The batch's records by source id; a page that lists a customer twice keeps the last copy.</summary>
    public static Dictionary<string, PreparedCustomer> Latest(IReadOnlyList<CustomerRecord> records, DateTimeOffset now)
    {
        var latest = new Dictionary<string, PreparedCustomer>(records.Count, StringComparer.Ordinal);
        foreach (var r in records)
        {
            var email = EmailNormalizer.Normalize(r.Email);
            var phone = PhoneNormalizer.ToE164(r.Phone, r.Country);
            latest[r.SourceId] = new PreparedCustomer(
                r, email, phone, ContentHashOf(r, email, phone), Identify(r, email, phone), CustomerColumns.From(0, r, email, phone, r.SeenAt ?? now));
        }

        return latest;
    }

    private static List<CustomerKey> Identify(CustomerRecord record, string? email, string? phone)
    {
        // The record's own (connector, source id) lives in customer_sources; identities hold what can match across sources.
        var identities = new List<CustomerKey>(2 + record.Identities.Count);
        if (email is not null)
        {
            identities.Add(new("email", email, "email"));
        }

        if (phone is not null)
        {
            identities.Add(new("phone", phone, "phone"));
        }

        identities.AddRange(record.Identities.Select(i => new CustomerKey(i.Channel, i.ExternalId, "identity")));
        return identities;
    }

    private static long ContentHashOf(CustomerRecord record, string? email, string? phone) =>
        new ContentHash().Add(record.Channel).Add(email).Add(phone).Add(record.Name).Add(record.Locale).Add(record.Country)
            .Add(record.EmailMarketingConsent?.Granted).Add(record.EmailMarketingConsent?.Source).Add(record.EmailMarketingConsent?.RecordedAt)
            .Add(record.SmsConsent?.Granted).Add(record.SmsConsent?.Source).Add(record.SmsConsent?.RecordedAt)
            .AddAll(record.Tags).AddAll(record.Identities.Select(i => $"{i.Channel}:{i.ExternalId}")).AddAll(record.OrderIds)
            .Value;
}

/// <summary>An identity that can match a customer across sources, and the match reason it gives.</summary>
internal readonly record struct CustomerKey(string Channel, string ExternalId, string Reason)
{
    /// <summary>What the store indexes the identity by, worked out here while the batch is prepared, off the writer.</summary>
    public long KeyHash { get; } = IdentityKey.Of(Channel, ExternalId);
}

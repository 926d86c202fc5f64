using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Normalization;
using Connectors.Host.Store;
using Connectors.Host.Store.Tables;

namespace Connectors.Host.Identity;

/// <summary>
/// A customer record with its normalised identities, order keys and content hash, ready to be resolved. Pure work on
/// the record alone, so the sync engine prepares the next batch while the writer commits the current one.
/// </summary>
/// <param name="Record">The record as the source read it.</param>
/// <param name="Email">Its email, normalised.</param>
/// <param name="Phone">Its phone, in E.164.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Identities">What can match it to a customer by email, phone or a stated link, strongest first.</param>
/// <param name="OrderKeys">The orders it links to the customer, normalised (<see cref="OrderKey"/>).</param>
/// <param name="Row">
/// The <c>customers</c> row it sets (<see cref="StoreTables.Customers"/>' columns), with no id yet, every value stamped
/// with this record as its source.
/// </param>
internal sealed record PreparedCustomer(
    CustomerRecord Record, string? Email, string? Phone, long Hash, List<CustomerKey> Identities, List<string> OrderKeys, object?[] Row)
{
    private static readonly int IdColumn = StoreTables.Customers.IndexOf("id");

    /// <summary>The <c>customers</c> row this record sets, for customer <paramref name="customerId"/> (a fresh copy).</summary>
    public object?[] RowFor(long customerId)
    {
        var row = (object?[])Row.Clone();
        row[IdColumn] = customerId;
        return row;
    }

    /// <summary>
    /// A record with no attributes only points at a customer (an order's buyer, say): it links a new customer and its
    /// orders but never counts as a change of one already stored, whose full record comes from its own stream.
    /// </summary>
    public bool IsReference => Email is null && Phone is null && string.IsNullOrWhiteSpace(Record.Name) && string.IsNullOrWhiteSpace(Record.Locale)
        && string.IsNullOrWhiteSpace(Record.Country) && Record.EmailMarketingConsent is null && Record.SmsConsent is null
        && Record.Tags.Count == 0 && Record.Identities.Count == 0;

    /// <summary>The batch's records by source id; a page that lists a customer twice keeps the last copy.</summary>
    /// <param name="records">The batch's customers.</param>
    /// <param name="connector">The connector they came from, recorded as each value's source.</param>
    /// <param name="region">The country national phone numbers are read in when a record names none.</param>
    /// <param name="now">When a record that does not say when it was seen counts as seen.</param>
    public static Dictionary<string, PreparedCustomer> Latest(IReadOnlyList<CustomerRecord> records, string connector, string? region, DateTimeOffset now)
    {
        var latest = new Dictionary<string, PreparedCustomer>(records.Count, StringComparer.Ordinal);
        foreach (var r in records)
        {
            var email = EmailNormalizer.Normalize(r.Email);
            var phone = PhoneNormalizer.ToE164(r.Phone, string.IsNullOrWhiteSpace(r.Country) ? region : r.Country);
            var orders = r.OrderIds.Count == 0 ? [] : r.OrderIds.Select(OrderKey.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            latest[r.SourceId] = new PreparedCustomer(
                r, email, phone, ContentHashOf(r, email, phone), Identify(r, email, phone), orders,
                StoreTables.Customers.Values(CustomerRows.From(r, email, phone, RecordKey.For(connector, r.SourceId), r.SeenAt ?? now)));
        }

        return latest;
    }

    private static List<CustomerKey> Identify(CustomerRecord record, string? email, string? phone)
    {
        // The record's own (connector, source id) lives in customer_sources; identities hold what can match across sources.
        var identities = new List<CustomerKey>(2 + record.Identities.Count);
        if (email is not null)
        {
            identities.Add(new(IdentityOptions.Email, email, IdentityOptions.Email));
        }

        if (phone is not null)
        {
            identities.Add(new(IdentityOptions.Phone, phone, IdentityOptions.Phone));
        }

        identities.AddRange(record.Identities.Select(i => new CustomerKey(i.Channel, i.ExternalId, IdentityOptions.Link)));
        return identities;
    }

    private static long ContentHashOf(CustomerRecord record, string? email, string? phone) =>
        new ContentHash().Add(record.Channel).Add(email).Add(phone).Add(record.Name).Add(record.Locale).Add(record.Country)
            .Add(record.EmailMarketingConsent?.Granted).Add(record.EmailMarketingConsent?.Source).Add(record.EmailMarketingConsent?.RecordedAt)
            .Add(record.SmsConsent?.Granted).Add(record.SmsConsent?.Source).Add(record.SmsConsent?.RecordedAt)
            .AddAll(record.Tags).AddAll(record.Identities.Select(i => $"{i.Channel}:{i.ExternalId}")).AddAll(record.OrderIds)
            .Value;

    /// <summary>Tags as the store keeps them: a JSON array.</summary>
    internal static string TagsJson(IReadOnlyList<string> tags) => tags.Count == 0 ? "[]" : JsonSerializer.Serialize(tags);
}

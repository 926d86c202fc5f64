using System.Data.Common;
using System.Text.Json;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>
/// Reads unified customers as <see cref="CustomerProfile"/>s for enrichers and routes, on the writer's connection
/// (so it sees the batch's own writes), remembering each for the rest of the batch.
/// </summary>
internal sealed class CustomerProfiles(DbConnection connection) : IDisposable
{
    private readonly RowStatement _read = new(connection, """
        SELECT c.name, c.email, c.country, c.locale, c.tags, c.first_seen_at, c.email_marketing_consent, c.sms_consent,
            (SELECT COUNT(*) FROM customer_orders o WHERE o.customer_id = c.id),
            (SELECT COUNT(*) FROM feedback f WHERE f.customer_id = c.id)
        FROM customers c WHERE c.id = ?1
        """);

    private readonly Dictionary<long, CustomerProfile?> _batch = [];

    /// <summary>Forgets what the last batch read: its writes may have changed the customers.</summary>
    public void BeginBatch() => _batch.Clear();

    public CustomerProfile? Get(long customerId)
    {
        if (_batch.TryGetValue(customerId, out var known))
        {
            return known;
        }

        var profile = _read.Row([customerId]) is { } r
            ? new CustomerProfile
            {
                Id = customerId,
                Name = (string?)r[0],
                Email = (string?)r[1],
                Country = (string?)r[2],
                Locale = (string?)r[3],
                Tags = r[4] is string tags ? JsonSerializer.Deserialize<List<string>>(tags) ?? [] : [],
                FirstSeenAt = r[5] is long first ? DateTimeOffset.FromUnixTimeMilliseconds(first) : null,
                EmailMarketingConsent = r[6] is long email ? email != 0 : null,
                SmsConsent = r[7] is long sms ? sms != 0 : null,
                OrderCount = (int)(long)r[8]!,
                FeedbackCount = (int)(long)r[9]!,
            }
            : null;
        _batch[customerId] = profile;
        return profile;
    }

    public void Dispose() => _read.Dispose();
}

using System.Data.Common;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Normalization;

namespace Connectors.Host.Store;

/// <summary>
/// Upserts customer records and resolves them to unified customers: a record joins the customer that already
/// has one of its identities (its own source id, its email, its phone), else a new customer is created.
/// </summary>
internal sealed class CustomerUpserter : IDisposable
{
    private readonly PreparedCommand _findSource;
    private readonly PreparedCommand _findIdentity;
    private readonly PreparedCommand _insertCustomer;
    private readonly PreparedCommand _updateCustomer;
    private readonly PreparedCommand _insertSource;
    private readonly PreparedCommand _updateSource;
    private readonly PreparedCommand _insertIdentity;

    public CustomerUpserter(DbConnection connection)
    {
        _findSource = new(connection,
            "SELECT customer_id, content_hash FROM customer_sources WHERE source_instance = @i AND source_id = @s", "@i", "@s");
        _findIdentity = new(connection,
            "SELECT customer_id FROM customer_identities WHERE channel = @c AND external_id = @x", "@c", "@x");
        _insertCustomer = new(connection,
            """
            INSERT INTO customers (email, phone, name, locale, country, email_marketing_consent, email_marketing_consent_source,
                email_marketing_consent_at, sms_consent, sms_consent_source, sms_consent_at, tags, first_seen_at, last_seen_at)
            VALUES (@email, @phone, @name, @locale, @country, @emc, @emcs, @emca, @smc, @smcs, @smca, @tags, @seen, @seen)
            RETURNING id
            """,
            "@email", "@phone", "@name", "@locale", "@country", "@emc", "@emcs", "@emca", "@smc", "@smcs", "@smca", "@tags", "@seen");
        // Newest non-empty value wins; provenance of each attribute arrives with identity resolution proper.
        _updateCustomer = new(connection,
            """
            UPDATE customers SET email = COALESCE(@email, email), phone = COALESCE(@phone, phone), name = COALESCE(@name, name),
                locale = COALESCE(@locale, locale), country = COALESCE(@country, country),
                email_marketing_consent = COALESCE(@emc, email_marketing_consent),
                email_marketing_consent_source = COALESCE(@emcs, email_marketing_consent_source),
                email_marketing_consent_at = COALESCE(@emca, email_marketing_consent_at),
                sms_consent = COALESCE(@smc, sms_consent), sms_consent_source = COALESCE(@smcs, sms_consent_source),
                sms_consent_at = COALESCE(@smca, sms_consent_at),
                tags = CASE WHEN @tags = '[]' THEN tags ELSE @tags END,
                first_seen_at = CASE WHEN @seen < first_seen_at THEN @seen ELSE first_seen_at END,
                last_seen_at = CASE WHEN @seen > last_seen_at THEN @seen ELSE last_seen_at END
            WHERE id = @id
            """,
            "@email", "@phone", "@name", "@locale", "@country", "@emc", "@emcs", "@emca", "@smc", "@smcs", "@smca", "@tags", "@seen", "@id");
        _insertSource = new(connection,
            """
            INSERT INTO customer_sources (source_instance, source_id, channel, customer_id, match_reason, content_hash, first_seen_at, updated_at)
            VALUES (@i, @s, @c, @id, @reason, @h, @now, @now)
            """,
            "@i", "@s", "@c", "@id", "@reason", "@h", "@now");
        _updateSource = new(connection,
            "UPDATE customer_sources SET content_hash = @h, updated_at = @now WHERE source_instance = @i AND source_id = @s",
            "@h", "@now", "@i", "@s");
        _insertIdentity = new(connection,
            """
            INSERT INTO customer_identities (channel, external_id, customer_id, source_instance, first_seen_at)
            VALUES (@c, @x, @id, @i, @now) ON CONFLICT DO NOTHING
            """,
            "@c", "@x", "@id", "@i", "@now");
    }

    public async Task<UpsertOutcome> UpsertAsync(
        string instance, CustomerRecord record, DateTimeOffset now, DbTransaction tx, CancellationToken ct)
    {
        var email = EmailNormalizer.Normalize(record.Email);
        var phone = PhoneNormalizer.ToE164(record.Phone, record.Country);
        var identities = Identities(record, email, phone);
        var hash = Hash(record, email, phone);

        long customerId;
        UpsertOutcome outcome;
        await using (var existing = await _findSource.Set("@i", instance).Set("@s", record.SourceId).ReaderAsync(tx, ct))
        {
            var found = await existing.ReadAsync(ct);
            customerId = found ? existing.GetInt64(0) : 0;
            if (found && existing.GetInt64(1) == hash)
            {
                return UpsertOutcome.Unchanged;
            }

            outcome = found ? UpsertOutcome.Updated : UpsertOutcome.Inserted;
        }

        var seen = record.SeenAt ?? now;
        if (outcome == UpsertOutcome.Updated)
        {
            await SetCustomer(_updateCustomer, record, email, phone, seen).Set("@id", customerId).ExecuteAsync(tx, ct);
            await _updateSource.Set("@h", hash).Set("@now", now).Set("@i", instance).Set("@s", record.SourceId).ExecuteAsync(tx, ct);
        }
        else
        {
            var (matchedId, reason) = await MatchAsync(identities, tx, ct);
            if (matchedId is { } id)
            {
                customerId = id;
                await SetCustomer(_updateCustomer, record, email, phone, seen).Set("@id", customerId).ExecuteAsync(tx, ct);
            }
            else
            {
                customerId = (long)(await SetCustomer(_insertCustomer, record, email, phone, seen).ScalarAsync(tx, ct))!;
            }

            await _insertSource.Set("@i", instance).Set("@s", record.SourceId).Set("@c", record.Channel).Set("@id", customerId)
                .Set("@reason", reason).Set("@h", hash).Set("@now", now).ExecuteAsync(tx, ct);
        }

        foreach (var (channel, externalId, _) in identities)
        {
            await _insertIdentity.Set("@c", channel).Set("@x", externalId).Set("@id", customerId).Set("@i", instance).Set("@now", now)
                .ExecuteAsync(tx, ct);
        }

        return outcome;
    }

    /// <summary>Looks the record's identities up in order of strength; the first hit names the customer and the reason.</summary>
    private async Task<(long? Id, string Reason)> MatchAsync(List<(string Channel, string ExternalId, string Reason)> identities, DbTransaction tx, CancellationToken ct)
    {
        foreach (var (channel, externalId, reason) in identities)
        {
            if (await _findIdentity.Set("@c", channel).Set("@x", externalId).ScalarAsync(tx, ct) is long id)
            {
                return (id, reason);
            }
        }

        return (null, "new");
    }

    private static List<(string Channel, string ExternalId, string Reason)> Identities(CustomerRecord record, string? email, string? phone)
    {
        var identities = new List<(string, string, string)> { (record.Channel, record.SourceId, "identity") };
        if (email is not null)
        {
            identities.Add(("email", email, "email"));
        }

        if (phone is not null)
        {
            identities.Add(("phone", phone, "phone"));
        }

        identities.AddRange(record.Identities.Select(i => (i.Channel, i.ExternalId, "identity")));
        return identities;
    }

    private static PreparedCommand SetCustomer(PreparedCommand command, CustomerRecord record, string? email, string? phone, DateTimeOffset seen) =>
        command.Set("@email", email).Set("@phone", phone).Set("@name", Blank(record.Name)).Set("@locale", Blank(record.Locale))
            .Set("@country", Blank(record.Country)?.ToUpperInvariant())
            .Set("@emc", record.EmailMarketingConsent?.Granted).Set("@emcs", record.EmailMarketingConsent?.Source)
            .Set("@emca", record.EmailMarketingConsent?.RecordedAt)
            .Set("@smc", record.SmsConsent?.Granted).Set("@smcs", record.SmsConsent?.Source).Set("@smca", record.SmsConsent?.RecordedAt)
            .Set("@tags", JsonSerializer.Serialize(record.Tags)).Set("@seen", seen);

    private static long Hash(CustomerRecord record, string? email, string? phone) =>
        new ContentHash().Add(record.Channel).Add(email).Add(phone).Add(record.Name).Add(record.Locale).Add(record.Country)
            .Add(record.EmailMarketingConsent?.Granted).Add(record.EmailMarketingConsent?.Source).Add(record.EmailMarketingConsent?.RecordedAt)
            .Add(record.SmsConsent?.Granted).Add(record.SmsConsent?.Source).Add(record.SmsConsent?.RecordedAt)
            .AddAll(record.Tags).AddAll(record.Identities.Select(i => $"{i.Channel}:{i.ExternalId}")).AddAll(record.OrderIds)
            .Value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public void Dispose()
    {
        _findSource.Dispose();
        _findIdentity.Dispose();
        _insertCustomer.Dispose();
        _updateCustomer.Dispose();
        _insertSource.Dispose();
        _updateSource.Dispose();
        _insertIdentity.Dispose();
    }
}

using System.Data.Common;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>Upserts feedback by its deterministic key, skipping rows whose content did not change.</summary>
internal sealed class FeedbackUpserter(DbConnection connection) : IDisposable
{
    private static readonly string[] Columns =
    [
        "@key", "@i", "@s", "@channel", "@kind", "@cid", "@csid", "@order", "@product", "@rating", "@raw", "@scale",
        "@title", "@body", "@lang", "@occurred", "@updated", "@url", "@reply", "@h", "@now",
    ];

    private readonly PreparedCommand _find = new(connection, "SELECT content_hash FROM feedback WHERE key = @key", "@key");
    private readonly PreparedCommand _insert = new(connection,
        """
        INSERT INTO feedback (key, source_instance, source_id, channel, kind, customer_id, customer_source_id, order_id, product_id,
            rating, rating_raw, rating_scale, title, body, language, occurred_at, updated_at, url, reply_state, content_hash, stored_at)
        VALUES (@key, @i, @s, @channel, @kind, @cid, @csid, @order, @product, @rating, @raw, @scale,
            @title, @body, @lang, @occurred, @updated, @url, @reply, @h, @now)
        """, Columns);
    private readonly PreparedCommand _update = new(connection,
        """
        UPDATE feedback SET source_instance = @i, source_id = @s, channel = @channel, kind = @kind, customer_id = @cid,
            customer_source_id = @csid, order_id = @order, product_id = @product, rating = @rating, rating_raw = @raw,
            rating_scale = @scale, title = @title, body = @body, language = @lang, occurred_at = @occurred, updated_at = @updated,
            url = @url, reply_state = @reply, content_hash = @h, stored_at = @now
        WHERE key = @key
        """, Columns);

    public async Task<UpsertOutcome> UpsertAsync(
        string instance, FeedbackRecord record, long? customerId, DateTimeOffset now, DbTransaction tx, CancellationToken ct)
    {
        var key = RecordKey.For(instance, record.SourceId);
        var hash = new ContentHash().Add(record.Channel).Add(record.Kind).Add(customerId).Add(record.CustomerSourceId)
            .Add(record.OrderId).Add(record.ProductId).Add(record.Rating?.Raw).Add(record.Rating?.Scale).Add(record.Title)
            .Add(record.Body).Add(record.Language).Add(record.OccurredAt).Add(record.UpdatedAt).Add(record.Url).Add(record.ReplyState)
            .Value;
        var existing = await _find.Set("@key", key).ScalarAsync(tx, ct);
        if (existing is long stored && stored == hash)
        {
            return UpsertOutcome.Unchanged;
        }

        var command = existing is null ? _insert : _update;
        await command.Set("@key", key).Set("@i", instance).Set("@s", record.SourceId).Set("@channel", record.Channel)
            .Set("@kind", record.Kind).Set("@cid", customerId).Set("@csid", record.CustomerSourceId).Set("@order", record.OrderId)
            .Set("@product", record.ProductId).Set("@rating", record.Rating?.Value).Set("@raw", record.Rating?.Raw)
            .Set("@scale", record.Rating?.Scale.ToString()).Set("@title", record.Title).Set("@body", record.Body)
            .Set("@lang", record.Language).Set("@occurred", record.OccurredAt).Set("@updated", record.UpdatedAt)
            .Set("@url", record.Url?.ToString()).Set("@reply", record.ReplyState.ToString()).Set("@h", hash).Set("@now", now)
            .ExecuteAsync(tx, ct);
        return existing is null ? UpsertOutcome.Inserted : UpsertOutcome.Updated;
    }

    public void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
        _update.Dispose();
    }
}

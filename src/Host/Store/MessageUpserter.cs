using System.Data.Common;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>Upserts direct messages by their deterministic key, skipping rows whose content did not change.</summary>
internal sealed class MessageUpserter(DbConnection connection) : IDisposable
{
    private static readonly string[] Columns =
        ["@key", "@i", "@s", "@thread", "@channel", "@dir", "@sender", "@cid", "@text", "@sent", "@window", "@h", "@now"];

    private readonly PreparedCommand _find = new(connection, "SELECT content_hash FROM messages WHERE key = @key", "@key");
    private readonly PreparedCommand _insert = new(connection,
        """
        INSERT INTO messages (key, source_instance, source_id, thread_key, channel, direction, sender_id, customer_id, text,
            sent_at, reply_window_ends_at, content_hash, stored_at)
        VALUES (@key, @i, @s, @thread, @channel, @dir, @sender, @cid, @text, @sent, @window, @h, @now)
        """, Columns);
    private readonly PreparedCommand _update = new(connection,
        """
        UPDATE messages SET source_instance = @i, source_id = @s, thread_key = @thread, channel = @channel, direction = @dir,
            sender_id = @sender, customer_id = @cid, text = @text, sent_at = @sent, reply_window_ends_at = @window,
            content_hash = @h, stored_at = @now
        WHERE key = @key
        """, Columns);

    public async Task<UpsertOutcome> UpsertAsync(
        string instance, MessageRecord record, long? customerId, DateTimeOffset now, DbTransaction tx, CancellationToken ct)
    {
        var key = RecordKey.For(instance, record.SourceId);
        var hash = new ContentHash().Add(record.ThreadKey).Add(record.Channel).Add(record.Direction).Add(record.SenderId)
            .Add(customerId).Add(record.Text).Add(record.SentAt).Add(record.ReplyWindowEndsAt).Value;
        var existing = await _find.Set("@key", key).ScalarAsync(tx, ct);
        if (existing is long stored && stored == hash)
        {
            return UpsertOutcome.Unchanged;
        }

        var command = existing is null ? _insert : _update;
        await command.Set("@key", key).Set("@i", instance).Set("@s", record.SourceId).Set("@thread", record.ThreadKey)
            .Set("@channel", record.Channel).Set("@dir", record.Direction.ToString()).Set("@sender", record.SenderId)
            .Set("@cid", customerId).Set("@text", record.Text).Set("@sent", record.SentAt).Set("@window", record.ReplyWindowEndsAt)
            .Set("@h", hash).Set("@now", now).ExecuteAsync(tx, ct);
        return existing is null ? UpsertOutcome.Inserted : UpsertOutcome.Updated;
    }

    public void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
        _update.Dispose();
    }
}

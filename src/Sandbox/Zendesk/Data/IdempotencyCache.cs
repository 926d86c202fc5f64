using System.Collections.Concurrent;

namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>
/// Remembers successful ticket creations by <c>Idempotency-Key</c> for the key's lifetime: the same key with the
/// same body gets the first answer again; the same key with another body is an error. Failed requests are not
/// remembered, so a corrected retry with the same key goes through.
/// </summary>
internal sealed class IdempotencyCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public IdempotencyLookup Find(string key, string bodyHash, DateTimeOffset now, out int status, out string body)
    {
        status = 0;
        body = "";
        if (!_entries.TryGetValue(key, out var entry))
        {
            return IdempotencyLookup.Miss;
        }

        if (entry.ExpiresAt <= now)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            return IdempotencyLookup.Miss;
        }

        if (!string.Equals(entry.BodyHash, bodyHash, StringComparison.Ordinal))
        {
            return IdempotencyLookup.Conflict;
        }

        status = entry.Status;
        body = entry.Body;
        return IdempotencyLookup.Hit;
    }

    public void Remember(string key, string bodyHash, int status, string body, DateTimeOffset expiresAt) =>
        _entries[key] = new Entry(bodyHash, status, body, expiresAt);

    public void Clear() => _entries.Clear();

    private sealed record Entry(string BodyHash, int Status, string Body, DateTimeOffset ExpiresAt);
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Connectors.TestKit.SinkFixture;

/// <summary>The fixture sink's in-memory "helpdesk": the records it holds, by id.</summary>
public sealed class FixtureDesk
{
    private readonly ConcurrentDictionary<string, string> _byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private int _next;

    public int Count => _records.Count;

    /// <summary>The first attempt at each key meets a busy desk (a 429), as a real one sometimes is.</summary>
    public bool FirstAttempt(string key) => _attempts.AddOrUpdate(key, 1, (_, n) => n + 1) == 1;

    /// <summary>The record for the key, created once (the desk's idempotency feature).</summary>
    public string Upsert(string key, string content)
    {
        var id = _byKey.GetOrAdd(key, _ => New());
        _records[id] = content;
        return id;
    }

    /// <summary>A new record whatever the key (a desk without idempotency).</summary>
    public string Create(string content)
    {
        var id = New();
        _records[id] = content;
        return id;
    }

    private string New() => "rec-" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}

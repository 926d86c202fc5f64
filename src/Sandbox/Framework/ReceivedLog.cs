using System.Collections.Concurrent;

namespace Connectors.Sandbox.Framework;

/// <summary>
/// The append-only log of what a vendor emulator received; sink emulators append every accepted write,
/// and tests read it (<c>GET /_sandbox/{vendor}/received</c>). Bounded so a long run cannot grow it forever.
/// </summary>
public sealed class ReceivedLog
{
    private readonly ConcurrentQueue<ReceivedItem> _items = new();
    private readonly TimeProvider _clock;
    private readonly int _capacity;
    private long _sequence;

    internal ReceivedLog(TimeProvider clock, int capacity = 100_000)
    {
        _clock = clock;
        _capacity = capacity;
    }

    /// <summary>Everything received, oldest first.</summary>
    public IReadOnlyList<ReceivedItem> Items => [.. _items];

    /// <summary>Appends an item and returns it.</summary>
    public ReceivedItem Append(string method, string path, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var item = new ReceivedItem(Interlocked.Increment(ref _sequence), _clock.GetUtcNow(), method, path, body,
            headers ?? new Dictionary<string, string>());
        _items.Enqueue(item);
        while (_items.Count > _capacity && _items.TryDequeue(out _))
        {
            // Oldest entries go first.
        }

        return item;
    }

    /// <summary>Forgets everything received.</summary>
    public void Clear() => _items.Clear();
}

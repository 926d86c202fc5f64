using System.Collections.Concurrent;

namespace Connectors.Sandbox.Framework;

/// <summary>Thread-safe named request counters of one vendor (see <see cref="SandboxCounters"/>).</summary>
public sealed class VendorCounters
{
    private readonly ConcurrentDictionary<string, Cell> _counts = new(StringComparer.Ordinal);

    /// <summary>How many requests reached the vendor API.</summary>
    public long Requests => this[SandboxCounters.Requests];

    /// <summary>How many were throttled (vendor limit or injected 429).</summary>
    public long Throttled => this[SandboxCounters.Throttled];

    /// <summary>The value of a counter; 0 when never incremented.</summary>
    public long this[string name] => _counts.TryGetValue(name, out var box) ? Interlocked.Read(ref box.Value) : 0;

    /// <summary>Adds to a counter.</summary>
    public void Increment(string name, long by = 1) =>
        Interlocked.Add(ref _counts.GetOrAdd(name, static _ => new Cell()).Value, by);

    /// <summary>A copy of every counter.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        _counts.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal);

    /// <summary>Sets every counter back to zero.</summary>
    public void Reset() => _counts.Clear();

    private sealed class Cell
    {
        public long Value;
    }
}

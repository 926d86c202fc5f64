using System.Text.Json;
using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>
/// The records of a read by key (<c>feedback:42</c>), each as its JSON, so two reads compare by content: the store
/// skips a record whose content did not change, and overwrites one whose content did.
/// </summary>
internal sealed class RecordSet
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly Dictionary<string, string> _records = new(StringComparer.Ordinal);
    private readonly List<string> _unstable = [];

    public int Count => _records.Count;

    public IReadOnlyDictionary<string, string> Records => _records;

    /// <summary>
    /// Feedback and message keys met twice in one read with different content: the later would overwrite the earlier in
    /// the store. A customer may come again changed (the author of several reviews, last seen later): the store keeps the
    /// newest attribute values, so that is how a source reports what it learnt.
    /// </summary>
    public IReadOnlyList<string> Unstable => _unstable;

    public static RecordSet Of(IEnumerable<SourceBatch> batches)
    {
        var set = new RecordSet();
        foreach (var batch in batches)
        {
            set.Add(batch);
        }

        return set;
    }

    public void Add(SourceBatch batch)
    {
        foreach (var c in batch.Customers)
        {
            Add($"customer:{c.SourceId}", JsonSerializer.Serialize(c, Json));
        }

        foreach (var f in batch.Feedback)
        {
            Add($"feedback:{f.SourceId}", JsonSerializer.Serialize(f, Json));
        }

        foreach (var m in batch.Messages)
        {
            Add($"message:{m.SourceId}", JsonSerializer.Serialize(m, Json));
        }
    }

    private void Add(string key, string json)
    {
        if (!key.StartsWith("customer:", StringComparison.Ordinal) && _records.TryGetValue(key, out var earlier) && earlier != json)
        {
            _unstable.Add($"{key} was read twice with different content:\n    {earlier}\n    {json}");
        }

        _records[key] = json;
    }

    /// <summary>What <paramref name="other"/> holds that this set does not hold with the same content, one line each.</summary>
    public IEnumerable<string> NewIn(RecordSet other) =>
        other._records.Where(kv => !_records.TryGetValue(kv.Key, out var mine) || mine != kv.Value)
            .Select(kv => _records.TryGetValue(kv.Key, out var mine)
                ? $"{kv.Key} changed:\n    first:  {mine}\n    second: {kv.Value}"
                : $"{kv.Key} is new: {kv.Value}");
}

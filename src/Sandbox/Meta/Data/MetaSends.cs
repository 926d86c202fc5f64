using System.Collections.Concurrent;

namespace Connectors.Sandbox.Meta.Data;

/// <summary>Every send the Graph API accepted, oldest first.</summary>
public sealed class MetaSends
{
    private readonly ConcurrentQueue<MetaSend> _sends = new();

    /// <summary>A copy of the accepted sends.</summary>
    public IReadOnlyList<MetaSend> All => [.. _sends];

    /// <summary>How many accepted sends carried this text to this recipient (a client's retry must keep it at 1).</summary>
    public int Count(string recipient, string text) => _sends.Count(s => s.Recipient == recipient && s.Text == text);

    internal void Add(MetaSend send) => _sends.Enqueue(send);

    /// <summary>Forgets every send.</summary>
    public void Clear() => _sends.Clear();
}

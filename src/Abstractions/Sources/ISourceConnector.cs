namespace Connectors.Abstractions;

/// <summary>A connector that reads customers, feedback and messages from a channel.</summary>
public interface ISourceConnector : IConnector
{
    /// <summary>The streams this connector reads, for example <c>customers</c>, <c>orders</c>, <c>reviews</c>.</summary>
    IReadOnlyList<string> Streams { get; }

    /// <summary>
    /// Reads one stream from a checkpoint (<c>null</c> on the first run) as a sequence of batches.
    /// Stream the source: yield each page as it arrives instead of collecting everything first.
    /// </summary>
    IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken);
}

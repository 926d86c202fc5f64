using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>One stream read to its end: the batches and the checkpoint the host would hold afterwards.</summary>
internal sealed record StreamRead(string Stream, IReadOnlyList<SourceBatch> Batches)
{
    /// <summary>The last checkpoint a batch carried: a <c>null</c> checkpoint leaves the stored one as it was.</summary>
    public string? FinalCheckpoint => Batches.LastOrDefault(b => b.Checkpoint is not null)?.Checkpoint;

    public RecordSet Records => RecordSet.Of(Batches);

    public int RecordCount => Batches.Sum(b => b.RecordCount);

    /// <summary>Reads a stream to its end, failing the check (instead of hanging) after <paramref name="timeout"/>.</summary>
    public static async Task<StreamRead> ReadAsync(ISourceConnector source, string stream, string? checkpoint, TimeSpan timeout, string check)
    {
        using var cts = new CancellationTokenSource(timeout);
        var batches = new List<SourceBatch>();
        try
        {
            await foreach (var batch in source.ReadAsync(stream, checkpoint, cts.Token))
            {
                batches.Add(batch ?? throw ConformanceException.Of(check, $"stream '{stream}' yielded a null batch"));
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw ConformanceException.Of(check, $"reading stream '{stream}' did not finish within {timeout.TotalSeconds:0} s (after {batches.Count} batches)");
        }
        catch (Exception ex) when (ex is not ConformanceException)
        {
            var from = checkpoint is null ? "from the start" : $"from checkpoint {checkpoint}";
            throw ConformanceException.Of(check, $"reading stream '{stream}' {from} threw {ex.GetType().Name} after {batches.Count} batches: {ex.Message}");
        }

        return new StreamRead(stream, batches);
    }
}

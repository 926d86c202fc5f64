using System.Threading.Channels;
using Connectors.Abstractions;

namespace Connectors.Host.Sync;

/// <summary>
/// Reads a source's batches on another task, a couple ahead of the writer, so fetching and parsing the next page
/// overlaps with committing the current one. The writer still commits in order, one batch at a time.
/// </summary>
internal static class BatchPrefetch
{
    // Two pages in flight bound memory while keeping both cores busy.
    private const int Ahead = 2;

    public static async IAsyncEnumerable<SourceBatch> ReadAhead(
        IAsyncEnumerable<SourceBatch> source, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<SourceBatch>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => Pump(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (await WaitAsync(channel.Reader, ct))
            {
                while (channel.Reader.TryRead(out var batch))
                {
                    yield return batch;
                }
            }
        }
        finally
        {
            // The writer stopped (done, failed or cancelled): stop the reader and let it finish before the run ends.
            await stop.CancelAsync();
            await reading;
        }
    }

    private static async Task Pump(IAsyncEnumerable<SourceBatch> source, ChannelWriter<SourceBatch> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var batch in source.WithCancellation(ct))
            {
                await writer.WriteAsync(batch, ct);
            }

            writer.Complete();
        }
#pragma warning disable CA1031 // Every failure of the source is handed to the writer's side, which records it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            writer.Complete(ex);
        }
    }

    private static async ValueTask<bool> WaitAsync(ChannelReader<SourceBatch> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct);
        }
        catch (ChannelClosedException closed) when (closed.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }
}

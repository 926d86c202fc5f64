using System.Threading.Channels;
using Connectors.Abstractions;

namespace Connectors.Host.Sync;

/// <summary>
/// Reads a source's batches on another task, a couple ahead of the writer, and prepares each there, so fetching,
/// parsing and preparing the next page overlap with committing the current one. The writer still commits in order,
/// one batch at a time.
/// </summary>
internal static class BatchPrefetch
{
    // Two pages in flight bound memory while keeping both cores busy.
    private const int Ahead = 2;

    public static async IAsyncEnumerable<T> ReadAhead<T>(
        IAsyncEnumerable<SourceBatch> source, Func<SourceBatch, T> prepare, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => Pump(source, prepare, channel.Writer, stop.Token), CancellationToken.None);
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

    private static async Task Pump<T>(IAsyncEnumerable<SourceBatch> source, Func<SourceBatch, T> prepare, ChannelWriter<T> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var batch in source.WithCancellation(ct))
            {
                await writer.WriteAsync(prepare(batch), ct);
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

    private static async ValueTask<bool> WaitAsync<T>(ChannelReader<T> reader, CancellationToken ct)
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

using System.Threading.Channels;
using Connectors.Abstractions;

namespace Connectors.Host.Sync;

/// <summary>
/// Reads a source's batches on another task, a couple ahead of the writer, and prepares each there, so fetching,
/// parsing and preparing the next page overlap with writing the current one. The writer still writes in order,
/// one batch at a time, and is told when it has caught up (so it commits rather than hold a transaction while waiting).
/// </summary>
internal static class BatchPrefetch
{
    // Two pages in flight bound memory while keeping both cores busy.
    private const int Ahead = 2;

    /// <summary>The source's batches, prepared.</summary>
    /// <param name="source">The source's batches.</param>
    /// <param name="prepare">The work done on each batch on the reading side.</param>
    /// <param name="beforeWaiting">Runs whenever the writer has caught up and would wait for the source (it commits what it holds).</param>
    /// <param name="ct">Stops reading.</param>
    public static async IAsyncEnumerable<T> ReadAhead<T>(
        IAsyncEnumerable<SourceBatch> source, Func<SourceBatch, T> prepare, Func<Task> beforeWaiting,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => Pump(source, prepare, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (true)
            {
                if (channel.Reader.TryRead(out var batch))
                {
                    yield return batch;
                    continue;
                }

                await beforeWaiting();
                if (!await WaitAsync(channel.Reader, ct))
                {
                    break;
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

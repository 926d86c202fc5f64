using System.Diagnostics;
using Connectors.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>
/// Runs code that waits on a <see cref="FakeTimeProvider"/>, advancing the fake clock whenever the code has not finished
/// after a moment of real time. On a loaded machine the clock also moves while the code merely computes, so tests bound
/// waits from below tightly and from above only loosely.
/// </summary>
internal static class TimeDriver
{
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Func<Task<T>> work, TimeSpan? step = null)
    {
        var task = Task.Run(work);
        var watch = Stopwatch.StartNew(); // real time: a hung test fails instead of hanging
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(2));
            if (!task.IsCompleted)
            {
                time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("the code under test did not finish");
            }
        }

        return await task;
    }

    public static Task<List<SourceBatch>> ReadAllAsync(
        FakeTimeProvider time, ISourceConnector source, string stream, string? checkpoint, TimeSpan? step = null) =>
        RunAsync(time, async () =>
        {
            var batches = new List<SourceBatch>();
            await foreach (var batch in source.ReadAsync(stream, checkpoint, CancellationToken.None))
            {
                batches.Add(batch);
            }

            return batches;
        }, step);
}

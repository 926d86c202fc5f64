using System.Diagnostics;
using Connectors.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.TestKit;

/// <summary>
/// Runs code that waits on a <see cref="FakeTimeProvider"/>, moving the fake clock forward while the code has not
/// finished. A hung run fails with a <see cref="TimeoutException"/> after a bound of real time instead of hanging.
/// </summary>
public static class FakeClockDriver
{
    private static readonly TimeSpan DefaultStep = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Advances the clock by <paramref name="step"/> (100 ms unless given) whenever the code has not finished after a
    /// moment of real time. On a loaded machine the clock also moves while the code merely computes, so bound waits
    /// from below tightly and from above only loosely.
    /// </summary>
    public static Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> work, TimeSpan? step = null) =>
        DriveAsync(clock, work, step ?? DefaultStep, activity: null, quiet: TimeSpan.Zero, TimeSpan.FromSeconds(60));

    /// <summary>
    /// Advances the clock by <paramref name="step"/> only while the code is waiting: when <paramref name="activity"/>
    /// (a count of requests an emulator has received, say) has not changed for <paramref name="quiet"/> of real time
    /// (15 ms unless given). Requests then take no fake time, so a connector that did not pace itself meets a rate
    /// window at once, and the fake time that passed measures its pacing.
    /// </summary>
    public static Task<T> RunWhileQuietAsync<T>(FakeTimeProvider clock, Func<long> activity, Func<Task<T>> work, TimeSpan step, TimeSpan? quiet = null) =>
        DriveAsync(clock, work, step, activity, quiet ?? TimeSpan.FromMilliseconds(15), TimeSpan.FromSeconds(120));

    /// <summary>Reads a whole stream from <paramref name="checkpoint"/> while driving the clock as <see cref="RunAsync{T}"/> does.</summary>
    public static Task<List<SourceBatch>> ReadAllAsync(
        FakeTimeProvider clock, ISourceConnector source, string stream, string? checkpoint, TimeSpan? step = null) =>
        RunAsync(clock, async () =>
        {
            var batches = new List<SourceBatch>();
            await foreach (var batch in source.ReadAsync(stream, checkpoint, CancellationToken.None))
            {
                batches.Add(batch);
            }

            return batches;
        }, step);

    private static async Task<T> DriveAsync<T>(FakeTimeProvider clock, Func<Task<T>> work, TimeSpan step, Func<long>? activity, TimeSpan quiet, TimeSpan limit)
    {
        var task = Task.Run(work);
        var watch = Stopwatch.StartNew(); // real time: a hung test fails instead of hanging
        var seen = activity?.Invoke() ?? 0;
        var quietSince = watch.Elapsed;
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(2));
            var now = activity?.Invoke() ?? seen;
            if (now != seen)
            {
                (seen, quietSince) = (now, watch.Elapsed);
            }
            else if (!task.IsCompleted && watch.Elapsed - quietSince >= quiet)
            {
                clock.Advance(step);
                quietSince = watch.Elapsed;
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"the code under test did not finish within {limit.TotalSeconds:0} s of real time");
            }
        }

        return await task;
    }
}

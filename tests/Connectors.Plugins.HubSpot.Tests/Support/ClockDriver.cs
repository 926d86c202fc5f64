using System.Diagnostics;
using Connectors.Sandbox.Framework;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.HubSpot.Tests.Support;

/// <summary>
/// Runs a push against the emulator on a fake clock shared by both sides, moving the clock only while the sink is
/// waiting: when no request has reached the emulator for a moment of real time. Requests therefore take no fake time,
/// so a sink that did not pace itself would meet the rolling window at once, and fake time elapsed measures pacing.
/// </summary>
internal static class ClockDriver
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(15);

    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, SandboxVendor vendor, Func<Task<T>> work, TimeSpan step)
    {
        var task = Task.Run(work);
        var watch = Stopwatch.StartNew(); // real time: a hung test fails instead of hanging
        var seen = vendor.Counters.Requests;
        var quietSince = watch.Elapsed;
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(2));
            var requests = vendor.Counters.Requests;
            if (requests != seen)
            {
                (seen, quietSince) = (requests, watch.Elapsed);
            }
            else if (!task.IsCompleted && watch.Elapsed - quietSince > Quiet)
            {
                clock.Advance(step);
                quietSince = watch.Elapsed;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(120))
            {
                throw new TimeoutException("the push did not finish");
            }
        }

        return await task;
    }
}

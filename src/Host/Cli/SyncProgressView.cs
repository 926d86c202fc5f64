using Connectors.Host.Sync;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>Runs sync targets one after another with a live progress line each when the terminal is interactive.</summary>
internal static class SyncProgressView
{
    public static async Task<List<SyncRunSummary>> RunAsync(
        IReadOnlyList<(string Connector, string Stream)> targets,
        Func<(string Connector, string Stream), IProgress<SyncProgress>, Task<SyncRunSummary>> run)
    {
        var summaries = new List<SyncRunSummary>();
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            foreach (var target in targets)
            {
                Console.WriteLine($"Syncing {target.Connector}/{target.Stream}...");
                summaries.Add(await run(target, new Progress<SyncProgress>()));
            }

            return summaries;
        }

        await AnsiConsole.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                foreach (var target in targets)
                {
                    var task = context.AddTask($"{target.Connector}/{target.Stream}").IsIndeterminate();
                    var progress = new SynchronousProgress(p =>
                        task.Description = $"{p.Connector}/{p.Stream}: {p.RecordsRead:N0} records in {p.Batches:N0} batches, {p.Problems:N0} skipped");
                    summaries.Add(await run(target, progress));
                    task.IsIndeterminate(false).Value(100);
                    task.StopTask();
                }
            });
        return summaries;
    }

    /// <summary>Reports on the caller's thread; <see cref="Progress{T}"/> would post to the thread pool out of order.</summary>
    private sealed class SynchronousProgress(Action<SyncProgress> report) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => report(value);
    }
}

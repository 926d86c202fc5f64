using System.Globalization;
using Connectors.Host.Sync;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>The table printed after <c>sync</c>: what each stream read and wrote.</summary>
internal static class SyncSummaryTable
{
    public static void Write(IReadOnlyList<SyncRunSummary> summaries)
    {
        var table = new Table().Title("Sync summary")
            .AddColumns("Connector", "Stream", "Status", "Read", "Inserted", "Updated", "Unchanged", "Skipped", "Time");
        foreach (var columnIndex in Enumerable.Range(3, 6))
        {
            table.Columns[columnIndex].RightAligned();
        }

        foreach (var s in summaries)
        {
            table.AddRow(
                Markup.Escape(s.Connector),
                Markup.Escape(s.Stream),
                s.Succeeded ? "[green]succeeded[/]" : $"[red]{Markup.Escape(s.Status)}[/]",
                $"{s.RecordsRead:N0}",
                $"{s.Writes.Inserted:N0}",
                $"{s.Writes.Updated:N0}",
                $"{s.Writes.Unchanged:N0}",
                $"{s.Problems:N0}",
                $"{s.Duration.TotalSeconds:N2}s");
        }

        AnsiConsole.Write(table);
        foreach (var failed in summaries.Where(s => s.Error is not null))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{failed.Connector}/{failed.Stream}[/]: {failed.Error}");
        }

        if (summaries.Any(s => s.Problems > 0))
        {
            AnsiConsole.MarkupLine("Skipped input items are listed by [bold]status[/] with their file and line.");
        }
    }
}

using System.CommandLine;
using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>dispatch [sink]</c>: pushes every due outbox item to its sink now, and says what happened.</summary>
internal static class DispatchCommand
{
    public static Command Create()
    {
        var sinkArgument = new Argument<string?>("sink")
        {
            Description = "The sink connector, or a source that sends review requests (default: every one)", Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("dispatch", "Push due outbox items to the sinks (and send due review requests) now; run does this every few seconds") { sinkArgument };
        command.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            var sinks = setup.Config.OutboxTargets.Select(c => c.Name).ToList();
            var name = parse.GetValue(sinkArgument);
            if (name is not null && !sinks.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                CliSession.Fail($"'{name}' takes no outbound work (not a sink, and it sends no review requests); targets: {(sinks.Count == 0 ? "none configured" : string.Join(", ", sinks))}");
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
            var table = new Table().Title("Dispatch summary").AddColumns("Target", "Batches", "Done", "Retry later", "Skipped", "Dead-lettered", "Still pending", "Time");
            var failed = false;
            foreach (var sink in name is null ? sinks : [setup.Config.Find(name)!.Name])
            {
                var s = await dispatcher.DispatchAsync(sink, ct);
                failed |= s.DeadLettered > 0;
                table.AddRow(Markup.Escape(s.Sink), $"{s.Batches:N0}", $"{s.Done:N0}", $"{s.Retried:N0}", $"{s.Skipped:N0}", s.DeadLettered > 0 ? $"[red]{s.DeadLettered:N0}[/]" : "0",
                    $"{s.StillPending:N0}", string.Create(CultureInfo.InvariantCulture, $"{s.Duration.TotalSeconds:N2}s"));
            }

            AnsiConsole.Write(table);
            if (failed)
            {
                AnsiConsole.MarkupLine("Dead-lettered items: [bold]deadletters list[/] shows why; [bold]deadletters replay[/] sends them again after a fix.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

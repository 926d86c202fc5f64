using System.CommandLine;
using Connectors.Abstractions;
using Connectors.Host.Sync;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>sync [connector] [--stream]</c>: one run now, from each stream's checkpoint, with progress and a summary.</summary>
internal static class SyncCommand
{
    public static Command Create()
    {
        var connectorArgument = new Argument<string?>("connector")
        {
            Description = "The connector to sync (default: every source connector)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var streamOption = new Option<string?>("--stream", "-s") { Description = "Only this stream (default: all of the connector's streams)" };
        var command = new Command("sync", "Run source connectors once now, resuming from their checkpoints") { connectorArgument, streamOption };
        command.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            var name = parse.GetValue(connectorArgument);
            var stream = parse.GetValue(streamOption);
            if (name is not null && setup.Config.Find(name) is null)
            {
                CliSession.Fail($"no connector named '{name}'; configured: {string.Join(", ", setup.Config.Connectors.Select(c => c.Name))}");
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            var registry = host.Services.GetRequiredService<ConnectorRegistry>();
            var targets = SyncTargets.Resolve(setup, registry, name, stream, out var targetError);
            if (targetError is not null)
            {
                CliSession.Fail(targetError);
                return ExitCodes.ConfigError;
            }

            var engine = host.Services.GetRequiredService<SyncEngine>();
            var summaries = await SyncProgressView.RunAsync(targets, (t, progress) => engine.RunAsync(t.Connector, t.Stream, progress, ct));
            SyncSummaryTable.Write(summaries);
            return summaries.All(s => s.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}

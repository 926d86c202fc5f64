using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Cli;

/// <summary><c>run</c>: the unattended host; syncs every scheduled connector on its cron until stopped.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the host: sync every connector on its schedule until stopped (Ctrl+C or SIGTERM)");
        command.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse, quietLevel: LogLevel.Information);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Scheduling | HostFeatures.Web, ct);
            await host.RunAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;

namespace Connectors.Host.Cli;

/// <summary>The command line: <c>run</c>, <c>sync</c>, <c>validate</c>, <c>plugins</c>, <c>status</c>.</summary>
public static class CliApp
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Connectors: voice-of-the-customer integration host")
        {
            GlobalOptions.Config,
            GlobalOptions.Verbose,
            RunCommand.Create(),
            SyncCommand.Create(),
            ValidateCommand.Create(),
            PluginsCommand.Create(),
            StatusCommand.Create(),
#if SANDBOX
            DemoCommand.Create(),
#else
            DemoUnavailableCommand.Create(),
#endif
            DispatchCommand.Create(),
            OutboxCommand.Create(),
            ReviewRequestsCommand.Create(),
            ReplyCommand.Create(),
            RepliesCommand.Create(),
            DeadLettersCommand.Create(),
            CustomersCommand.Create(),
            RoutesCommand.Create(),
            EnrichCommand.Create(),
            ReportCommand.Create(),
            AlertsCommand.Create(),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        // Redirected output (CI logs, pipes) has no terminal width; keep tables readable instead of 80 columns.
        if (Console.IsOutputRedirected)
        {
            Spectre.Console.AnsiConsole.Profile.Width = 160;
        }

        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.ConfigError;
        }

        return await parse.InvokeAsync();
    }
}

using System.CommandLine;

namespace Connectors.Host.Cli;

/// <summary><c>validate</c>: checks the configuration against the plugins and reports every problem at once.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Check the configuration file and report every problem with its JSON path (exit code 2 on errors)");
        command.SetAction(parse =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            var config = setup.Config;
            Console.WriteLine($"Configuration OK: {config.Source.FilePath}");
            Console.WriteLine($"  {config.Connectors.Count} connector(s): {string.Join(", ", config.Connectors.Select(c => $"{c.Name} ({c.Manifest.Id})"))}");
            Console.WriteLine($"  {config.Source.Routes.Count} route(s), {config.Source.Alerts.Count} alert(s); store: {config.Source.Store.Provider}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

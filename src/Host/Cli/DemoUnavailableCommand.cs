using System.CommandLine;

namespace Connectors.Host.Cli;

/// <summary><c>demo</c> in a published host: the emulators stay in the repository, so say where the demo runs.</summary>
internal static class DemoUnavailableCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "The sandbox demo runs from the repository: dotnet run --project src/Host -- demo");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine(
                "error: this host was published without the vendor emulators, so it has no demo. " +
                "Run the demo from a clone of the repository: dotnet run --project src/Host -- demo");
            return ExitCodes.ConfigError;
        });
        return command;
    }
}

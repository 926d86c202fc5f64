using System.CommandLine;

namespace Connectors.Host.Cli;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Config = new("--config", "-c")
    {
        Description = "The configuration file (default: $CONNECTORS_CONFIG, else connectors.json)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CONNECTORS_CONFIG") is { Length: > 0 } fromEnv ? fromEnv : "connectors.json",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log progress details to standard error",
        Recursive = true,
    };
}

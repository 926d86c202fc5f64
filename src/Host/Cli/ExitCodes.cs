namespace Connectors.Host.Cli;

/// <summary>The host's exit codes, documented in the operator guide.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A run failed (a sync ended with an error).</summary>
    public const int Failed = 1;

    /// <summary>The configuration or the command line is wrong; nothing ran.</summary>
    public const int ConfigError = 2;
}

namespace Connectors.Host;

/// <summary>What a host runs beyond the sync engine: the CLI's one-off commands need neither.</summary>
[Flags]
public enum HostFeatures
{
    None = 0,

    /// <summary>Quartz jobs on each connector's cron.</summary>
    Scheduling = 1,

    /// <summary>Kestrel with the webhook and health endpoints.</summary>
    Web = 2,
}

namespace Connectors.Host;

/// <summary>
/// The features a command composes its host from. Every host has the core (configuration, plugins, logging, time,
/// HTTP) and the store; the rest each command picks: <c>status</c> reads the store alone, <c>sync</c> adds the
/// pipeline, <c>run</c> adds scheduling and the web endpoints too.
/// </summary>
[Flags]
public enum HostFeatures
{
    /// <summary>The core and the store only: commands that read or tidy the store.</summary>
    Store = 0,

    /// <summary>Connectors, identity resolution, enrichment, routing, the sync engine and the outbox dispatcher.</summary>
    Pipeline = 1,

    /// <summary>Quartz jobs on each connector's cron (needs the pipeline).</summary>
    Scheduling = 2,

    /// <summary>Kestrel with the webhook and health endpoints (needs the pipeline).</summary>
    Web = 4,
}

using Connectors.Host.Metrics;
using Quartz;

namespace Connectors.Host.Scheduling;

/// <summary>Checks the alert rules; a breach is stored and queued once, and the sinks' dispatch jobs send it.</summary>
[DisallowConcurrentExecution]
public sealed class AlertCheckJob(AlertEvaluator alerts) : IJob
{
    public static readonly JobKey Key = new("alerts", "alerts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await alerts.CheckAsync(null, cancellationToken);
}

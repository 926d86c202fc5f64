using Connectors.Host.Outbox;
using Quartz;

namespace Connectors.Host.Scheduling;

/// <summary>Drains one sink's outbox; one job per sink connector, never two at once for the same sink.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public const string SinkKey = "sink";

    public static JobKey KeyFor(string sink) => new(sink, "dispatch");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DispatchAsync(context.MergedJobDataMap.GetString(SinkKey)!, cancellationToken);
}

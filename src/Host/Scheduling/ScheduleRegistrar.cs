using Connectors.Host.Configuration;
using Connectors.Host.Sync;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Connectors.Host.Scheduling;

/// <summary>
/// At start, schedules one <see cref="ConnectorSyncJob"/> per scheduled source connector and stream, as the manifests
/// declare the streams: connectors are created when their first job runs, not here.
/// </summary>
public sealed class ScheduleRegistrar(
    ValidatedConfig config,
    ConnectorRegistry connectors,
    ISchedulerFactory schedulers,
    ILogger<ScheduleRegistrar> logger) : IHostedService
{
    private static readonly TimeSpan DispatchInterval = TimeSpan.FromSeconds(5);

    /// <summary>Windows are whole days, so a breach is found within this of the day's data arriving.</summary>
    internal static readonly TimeSpan AlertInterval = TimeSpan.FromMinutes(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await ScheduleDispatchAsync(scheduler, cancellationToken);
        await ScheduleAlertsAsync(scheduler, cancellationToken);
        foreach (var connector in config.Connectors.Where(c => c.Config.Schedule is not null))
        {
            if (connector.Manifest.Kind != Abstractions.PluginKind.Source)
            {
                continue;
            }

            foreach (var stream in connectors.StreamsOf(connector.Name))
            {
                var job = JobBuilder.Create<ConnectorSyncJob>()
                    .WithIdentity(ConnectorSyncJob.KeyFor(connector.Name, stream))
                    .UsingJobData(ConnectorSyncJob.ConnectorKey, connector.Name)
                    .UsingJobData(ConnectorSyncJob.StreamKey, stream)
                    .Build();
                // A run missed while the host was down or busy fires once now, not once per missed slot.
                var trigger = TriggerBuilder.Create()
                    .WithIdentity($"{connector.Name}.{stream}", "sync")
                    .WithCronSchedule(connector.Config.Schedule!, cron => cron.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                    .Build();
                await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
                logger.LogInformation("Scheduled {Connector}/{Stream} on '{Cron}'", connector.Name, stream, connector.Config.Schedule);
            }
        }
    }

    /// <summary>Every sink (and source that sends review requests) drains its outbox every few seconds; items not yet due wait in the store.</summary>
    private async Task ScheduleDispatchAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        foreach (var sink in config.OutboxTargets)
        {
            var job = JobBuilder.Create<OutboxDispatchJob>()
                .WithIdentity(OutboxDispatchJob.KeyFor(sink.Name))
                .UsingJobData(OutboxDispatchJob.SinkKey, sink.Name)
                .Build();
            var trigger = TriggerBuilder.Create()
                .WithIdentity(sink.Name, "dispatch")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(DispatchInterval).RepeatForever())
                .Build();
            await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
            logger.LogInformation("Dispatching to {Sink} every {Interval}", sink.Name, DispatchInterval);
        }
    }

    /// <summary>The alert rules are checked at start and every <see cref="AlertInterval"/>.</summary>
    private async Task ScheduleAlertsAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (config.Source.Alerts.Count == 0)
        {
            return;
        }

        var job = JobBuilder.Create<AlertCheckJob>().WithIdentity(AlertCheckJob.Key).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity("alerts", "alerts")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(AlertInterval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, new List<ITrigger> { trigger }, new ScheduleJobOptions { Replace = true }, cancellationToken);
        logger.LogInformation("Checking {Count} alert rule(s) every {Interval}", config.Source.Alerts.Count, AlertInterval);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

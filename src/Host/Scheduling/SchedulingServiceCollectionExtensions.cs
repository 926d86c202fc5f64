using Connectors.Host.Scheduling;
using Quartz;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Quartz with the host's sync job and the connectors' cron schedules.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorScheduling(this IServiceCollection services)
    {
        services.AddQuartz();
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<ScheduleRegistrar>();
        return services;
    }
}

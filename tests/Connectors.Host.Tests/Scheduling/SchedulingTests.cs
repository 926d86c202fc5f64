using Connectors.Host.Scheduling;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Scheduling;

public sealed class SchedulingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_scheduled_connector_runs_on_its_cron_in_the_running_host()
    {
        var script = new ScriptedSourceScript();
        script.Batches.Add(Batch(Feedback("f1")));
        var config = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "scripted", "schedule": "* * * * * ?" } ] }
            """);
        using var host = await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(new ScriptedPlugin(script))), HostFeatures.Scheduling);
        var db = Path.Combine(_dir.Path, "data", "store.db");

        await host.StartAsync();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'") < 2 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(100);
        }

        await host.StopAsync();

        Assert.True(StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_runs WHERE status = 'succeeded'") >= 2, "the every-second schedule ran at least twice");
        Assert.Equal(1, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(0, StoreQueries.Scalar(db, "SELECT COUNT(*) FROM sync_runs WHERE status = 'running'"));
    }

    [Fact]
    public async Task The_host_schedules_the_streams_the_manifest_declares_without_creating_the_connector()
    {
        var plugin = new DeclaredStreamsPlugin();
        var config = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ { "name": "src", "plugin": "declared", "schedule": "0 0 3 * * ?" } ] }
            """);
        using var host = await TestHosts.StartAsync(TestHosts.Setup(config, TestHosts.Catalog(plugin)), HostFeatures.Scheduling);

        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        await host.StopAsync();

        Assert.Contains(ConnectorSyncJob.KeyFor("src", "alpha"), jobs);
        Assert.Contains(ConnectorSyncJob.KeyFor("src", "beta"), jobs);
        Assert.Equal(0, plugin.Created);
    }
}

using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Pacing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class ZendeskPluginTests
{
    [Fact]
    public void The_manifest_describes_a_sink_with_its_options()
    {
        var manifest = new ZendeskPlugin().Manifest;

        Assert.Equal("zendesk", manifest.Id);
        Assert.Equal(PluginKind.Sink, manifest.Kind);
        Assert.Equal(typeof(ZendeskOptions), manifest.OptionsType);
        Assert.NotEmpty(manifest.Description);
    }

    [Fact]
    public async Task Connectors_of_one_account_share_the_registered_budget_and_declare_their_limits()
    {
        await using var sandbox = await ZendeskSandbox.StartAsync();
        using var services = PluginServices.For<ZendeskPlugin>();

        var first = sandbox.Sink(o => { o.BatchSize = 7; o.RequestsPerMinute = 300; }, services);
        sandbox.Sink(o => o.RequestsPerMinute = 250, services);

        Assert.Equal(new SinkLimits(7, 300, TimeSpan.FromMinutes(1)), first.Limits);
        Assert.Equal(250, RequestBudget.Of(services.GetRequiredService<BudgetRegistry<RequestBudget>>(), sandbox.Server.BaseUrl, 100_000, sandbox.Clock).RequestsPerMinute);
    }
}

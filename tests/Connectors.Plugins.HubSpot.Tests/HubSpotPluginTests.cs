using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class HubSpotPluginTests
{
    [Fact]
    public void The_manifest_declares_a_sink_with_its_options()
    {
        var manifest = new HubSpotPlugin().Manifest;

        Assert.Equal("hubspot", manifest.Id);
        Assert.Equal(PluginKind.Sink, manifest.Kind);
        Assert.Equal(typeof(HubSpotOptions), manifest.OptionsType);
        Assert.False(string.IsNullOrEmpty(manifest.Description));
    }

    [Fact]
    public void Limits_come_from_the_options_and_accounts_are_shared_per_token()
    {
        var services = new ServiceCollection();
        new HubSpotPlugin().ConfigureServices(services);
        new HubSpotPlugin().ConfigureServices(services);
        using var provider = services.BuildServiceProvider();
        using var http = new HttpClient();
        var time = new FakeTimeProvider();
        var options = new HubSpotOptions { AccessToken = "pat-na1-a", BatchSize = 40, RequestsPerTenSeconds = 190 };

        var sink = (ISinkConnector)new HubSpotPlugin().CreateConnector(new TestConnectorContext(options, provider) { HttpClient = http, TimeProvider = time });

        Assert.Equal(new SinkLimits(40, 190, TimeSpan.FromSeconds(10)), sink.Limits);
        Assert.Single(services, s => s.ServiceType == typeof(BudgetRegistry<HubSpotAccount>));
        var accounts = provider.GetRequiredService<BudgetRegistry<HubSpotAccount>>();
        Assert.Same(HubSpotAccount.Of(accounts, options, time).Pacer, HubSpotAccount.Of(accounts, new HubSpotOptions { AccessToken = "pat-na1-a" }, time).Pacer);
        Assert.NotSame(HubSpotAccount.Of(accounts, options, time).Pacer, HubSpotAccount.Of(accounts, new HubSpotOptions { AccessToken = "pat-na1-b" }, time).Pacer);
    }

    [Fact]
    public async Task Check_reports_the_connection_and_a_refused_token()
    {
        await using var harness = await SinkHarness.StartAsync();
        var (sink, _) = harness.CreateSink();
        var (refused, _) = harness.CreateSink(harness.Options(o => o.AccessToken = "pat-na1-wrong"));

        var before = await sink.CheckAsync(CancellationToken.None);
        await ((ISinkConnector)sink).PushAsync([Items.Customer(1)], CancellationToken.None);
        var after = await sink.CheckAsync(CancellationToken.None);
        var bad = await refused.CheckAsync(CancellationToken.None);

        Assert.True(before.Ok, before.Message);
        Assert.Contains("created on the first push", before.Message, StringComparison.Ordinal);
        Assert.True(after.Ok, after.Message);
        Assert.Contains("unique property connectors_key", after.Message, StringComparison.Ordinal);
        Assert.False(bad.Ok);
        Assert.Contains("Fix accessToken", bad.Message, StringComparison.Ordinal);
    }
}

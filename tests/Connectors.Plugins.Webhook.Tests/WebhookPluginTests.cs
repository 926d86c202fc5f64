using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Pacing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class WebhookPluginTests
{
    [Fact]
    public void The_manifest_describes_a_sink_that_takes_alerts()
    {
        var manifest = new WebhookPlugin().Manifest;

        Assert.Equal("webhook", manifest.Id);
        Assert.Equal(PluginKind.Sink, manifest.Kind);
        Assert.Equal(PluginCapabilities.Alerts, manifest.Capabilities);
        Assert.Equal(typeof(WebhookOptions), manifest.OptionsType);
        Assert.NotEmpty(manifest.Description);
    }

    [Fact]
    public async Task The_sink_declares_its_limits_and_connectors_posting_to_one_url_share_its_pacer()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        using var services = PluginServices.For<WebhookPlugin>();

        var first = sandbox.Sink(o => { o.BatchSize = 7; o.RequestsPerMinute = 120; }, services);
        sandbox.Sink(o => o.RequestsPerMinute = 30, services);
        sandbox.Sink(o => { o.Url = new Uri(sandbox.Server.BaseUrl, "hooks/other"); o.RequestsPerMinute = 10; }, services);

        Assert.Equal(new SinkLimits(7, 120, TimeSpan.FromMinutes(1)), first.Limits);
        var registry = services.GetRequiredService<BudgetRegistry<RequestPacer>>();
        Assert.Equal(30, RequestPacer.Of(registry, sandbox.HookUrl, 6000, sandbox.Clock).RequestsPerMinute);
        Assert.Equal(10, RequestPacer.Of(registry, new Uri(sandbox.Server.BaseUrl, "hooks/other"), 6000, sandbox.Clock).RequestsPerMinute);
    }

    [Fact]
    public async Task The_check_reaches_the_receiver_without_delivering_anything()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();

        var check = await sandbox.Sink().CheckAsync(CancellationToken.None);

        Assert.True(check.Ok, check.Message);
        Assert.StartsWith($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} answers (HEAD: ", check.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Receiver.Deliveries.All);
    }

    [Fact]
    public async Task The_check_says_what_to_fix_when_nothing_answers()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var closed = ClosedPort.Url("hooks/x");

        var check = await sandbox.Sink(o => o.Url = closed).CheckAsync(CancellationToken.None);

        Assert.False(check.Ok);
        Assert.StartsWith($"could not reach the receiver at {closed.GetLeftPart(UriPartial.Authority)}", check.Message, StringComparison.Ordinal);
        Assert.EndsWith("check url and that the receiver is running", check.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hooks/x", check.Message, StringComparison.Ordinal);
    }
}

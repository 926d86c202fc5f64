using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Shopify.Tests;

public sealed class ShopifyPluginTests
{
    [Fact]
    public void The_manifest_describes_an_incremental_source_with_webhooks()
    {
        var manifest = new ShopifyPlugin().Manifest;

        Assert.Equal("shopify", manifest.Id);
        Assert.Equal(PluginKind.Source, manifest.Kind);
        Assert.Equal(PluginCapabilities.Incremental | PluginCapabilities.Webhooks, manifest.Capabilities);
        Assert.Equal(typeof(ShopifyOptions), manifest.OptionsType);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Description));
    }

    [Fact]
    public void The_connector_is_a_source_and_a_webhook_source_with_two_streams()
    {
        using var host = new ShopifyTestHost();

        Assert.IsAssignableFrom<IWebhookSource>(host.Source);
        Assert.Equal(["customers", "orders"], host.Source.Streams);
        Assert.Throws<ArgumentException>(() => host.Source.ReadAsync("reviews", null, CancellationToken.None));
    }

    [Fact]
    public void Connectors_of_the_same_shop_and_token_share_one_budget_and_another_token_gets_its_own()
    {
        using var services = PluginServices.For<ShopifyPlugin>();
        var registry = services.GetRequiredService<BudgetRegistry<ThrottleBudget>>();
        var time = new FakeTimeProvider();

        var a = ThrottleBudget.Of(registry, "acme-eu.myshopify.com", "t1", time);
        var b = ThrottleBudget.Of(registry, "ACME-EU.myshopify.com", "t1", time);
        var c = ThrottleBudget.Of(registry, "acme-eu.myshopify.com", "t2", time);

        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Same(registry, services.GetRequiredService<BudgetRegistry<ThrottleBudget>>());
    }

    [Fact]
    public void Registering_twice_keeps_one_registry()
    {
        var services = new ServiceCollection();
        new ShopifyPlugin().ConfigureServices(services);
        new ShopifyPlugin().ConfigureServices(services);

        Assert.Single(services, d => d.ServiceType == typeof(BudgetRegistry<ThrottleBudget>));
    }
}

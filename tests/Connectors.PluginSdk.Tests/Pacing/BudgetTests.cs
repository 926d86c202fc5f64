using Connectors.PluginSdk.Pacing;

namespace Connectors.PluginSdk.Tests.Pacing;

public sealed class BudgetTests
{
    [Fact]
    public void An_account_is_one_key_whatever_the_case_and_a_token_is_kept_only_hashed()
    {
        var key = BudgetKey.ForAccount("ACME-eu.myshopify.com ", "shpat_secret");

        Assert.Equal(key, BudgetKey.ForAccount("acme-eu.myshopify.com", "shpat_secret"));
        Assert.NotEqual(key, BudgetKey.ForAccount("acme-eu.myshopify.com", "shpat_other"));
        Assert.DoesNotContain("shpat_secret", key.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_key_ignores_the_hosts_case_and_keeps_the_paths_when_asked()
    {
        Assert.Equal(BudgetKey.ForEndpoint(new Uri("https://ACME.zendesk.com/api")), BudgetKey.ForEndpoint(new Uri("https://acme.zendesk.com/")));
        Assert.NotEqual(
            BudgetKey.ForEndpoint(new Uri("https://hooks.slack.com/services/T0/B0/Token"), withPath: true),
            BudgetKey.ForEndpoint(new Uri("https://hooks.slack.com/services/T0/B0/token"), withPath: true));
    }

    [Fact]
    public void The_registry_creates_one_budget_per_key()
    {
        var registry = new BudgetRegistry<object>();
        var created = 0;

        var a = registry.Get(BudgetKey.ForAccount("a"), () => { created++; return new object(); });
        var again = registry.Get(BudgetKey.ForAccount("A"), () => { created++; return new object(); });
        var b = registry.Get(BudgetKey.ForAccount("b"), () => { created++; return new object(); });

        Assert.Same(a, again);
        Assert.NotSame(a, b);
        Assert.Equal(2, created);
        Assert.Equal(2, registry.Count);
    }
}

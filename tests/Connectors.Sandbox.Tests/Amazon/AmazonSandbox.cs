namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>A sandbox whose Amazon history ends a day before the harness clock, so recent orders are in the review window.</summary>
internal static class AmazonSandbox
{
    public static Task<SandboxHarness> StartAsync(Action<SandboxOptions>? configure = null, int customers = 120) =>
        SandboxHarness.StartAsync(customers, options =>
        {
            options.Amazon.HistoryEnd = SandboxHarness.Start.AddDays(-1);
            configure?.Invoke(options);
        });

    /// <summary>A getOrders query over the whole seeded history.</summary>
    public static string AllOrders(string marketplaces = AmazonTestClient.Us, int pageSize = 100) =>
        $"orders/v0/orders?MarketplaceIds={marketplaces}&CreatedAfter={AmazonTestClient.Iso(SandboxHarness.Start.AddDays(-800))}&MaxResultsPerPage={pageSize}";
}

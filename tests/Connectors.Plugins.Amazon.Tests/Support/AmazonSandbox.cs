using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;

namespace Connectors.Plugins.Amazon.Tests.Support;

/// <summary>A sandbox with the Amazon emulator, and options of the source pointed at it.</summary>
internal static class AmazonSandbox
{
    /// <summary>Before the seeded history (the two years up to the sandbox's data epoch), so a backfill reads all of it.</summary>
    public static readonly DateTimeOffset StartDate = new(2022, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static Task<SandboxServer> StartAsync(int customers = 60, double rateScale = 1000, Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { Customers = customers, Seed = 11 };
        options.Amazon.Knobs = new AmazonKnobs { RateScale = rateScale };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options);
    }

    public static AmazonOptions Options(SandboxServer sandbox, params string[] marketplaces)
    {
        var amazon = AmazonEmulator.Of(sandbox);
        var options = new AmazonOptions
        {
            ClientId = AmazonDefaults.ClientId,
            ClientSecret = AmazonDefaults.ClientSecret,
            RefreshToken = AmazonDefaults.RefreshToken,
            Endpoint = sandbox.BaseUrl,
            TokenUrl = AmazonEmulator.TokenUrl(sandbox.BaseUrl),
            RestrictedData = true,
            StartDate = StartDate,
            ReportPollInterval = TimeSpan.FromMilliseconds(20),
            Asins = [amazon.Catalog.Products[0].Asin, amazon.Catalog.Products[1].Asin],
        };
        foreach (var m in marketplaces.Length == 0 ? ["US", "DE", "JP"] : marketplaces)
        {
            options.Marketplaces.Add(m);
        }

        return options;
    }
}

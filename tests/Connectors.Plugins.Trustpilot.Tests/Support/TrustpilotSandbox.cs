using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.Plugins.Trustpilot.Tests.Support;

/// <summary>A sandbox with the Trustpilot emulator, and options of the source pointed at it.</summary>
internal static class TrustpilotSandbox
{
    /// <summary>Before the seeded history (the two years up to the sandbox's data epoch), so a backfill reads all of it.</summary>
    public static readonly DateTimeOffset StartDate = new(2022, 6, 1, 0, 0, 0, TimeSpan.Zero);

    public static Task<SandboxServer> StartAsync(int customers = 60, TimeProvider? clock = null, Action<SandboxOptions>? configure = null)
    {
        var options = new SandboxOptions { Customers = customers, Seed = 11, TimeProvider = clock ?? TimeProvider.System };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options);
    }

    public static TrustpilotOptions Options(SandboxServer sandbox, int pageSize = 10) => new()
    {
        ApiKey = TrustpilotDefaults.ApiKey,
        ApiSecret = TrustpilotDefaults.ApiSecret,
        Username = TrustpilotDefaults.Username,
        Password = TrustpilotDefaults.Password,
        Domain = TrustpilotDefaults.Domain,
        Endpoint = sandbox.BaseUrl,
        StartDate = StartDate,
        PageSize = pageSize,
    };
}

using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Framework;

/// <summary>
/// One vendor emulator hosted by the sandbox. The sandbox creates it through its <see cref="ISandboxEmulatorFactory"/>
/// (listed in <see cref="SandboxOptions.Emulators"/>), maps its endpoints on the shared port and disposes it on stop.
/// </summary>
public interface ISandboxEmulator : IAsyncDisposable
{
    /// <summary>The vendor's faults, counters and received log (the one the factory was given).</summary>
    SandboxVendor Vendor { get; }

    /// <summary>Maps the vendor API and its <c>/_sandbox/{vendor}/...</c> control endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>What a connector needs to point at this emulator (printed at start, served by <c>GET /_sandbox</c>).</summary>
    IReadOnlyDictionary<string, string> Describe(Uri baseUrl);
}

using Microsoft.Extensions.Hosting;

namespace Connectors.Sandbox.Framework;

/// <summary>
/// A host lifetime that leaves Ctrl+C and SIGTERM alone: the sandbox runs inside test runners, benchmarks
/// and the host's demo verb, whose own process decides when to stop.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

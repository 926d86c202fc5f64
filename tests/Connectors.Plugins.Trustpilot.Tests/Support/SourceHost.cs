using Connectors.Abstractions;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Trustpilot.Tests.Support;

/// <summary>A <see cref="TrustpilotSource"/> created as the host creates it, with the plugin's services shared between sources.</summary>
internal sealed class SourceHost : IDisposable
{
    private static readonly HttpClient SharedHttp = new();

    private readonly ServiceProvider _services = PluginServices.For<TrustpilotPlugin>();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public RecordingLogger Log { get; } = new();

    public ISourceConnector Create(TrustpilotOptions options) =>
        (ISourceConnector)new TrustpilotPlugin().CreateConnector(new TestConnectorContext(options, _services) { TimeProvider = Time, Logger = Log, HttpClient = SharedHttp });

    public static async Task<List<SourceBatch>> ReadAllAsync(ISourceConnector source, string stream, string? checkpoint = null)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in source.ReadAsync(stream, checkpoint, CancellationToken.None))
        {
            batches.Add(batch);
        }

        return batches;
    }

    /// <summary>The checkpoint after a read: the last batch's that set one, else the one it started from.</summary>
    public static string? FinalCheckpoint(IEnumerable<SourceBatch> batches, string? start = null) =>
        batches.Select(b => b.Checkpoint).LastOrDefault(c => c is not null) ?? start;

    public void Dispose() => _services.Dispose();
}

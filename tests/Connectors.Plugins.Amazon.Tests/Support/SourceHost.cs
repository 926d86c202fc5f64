using Connectors.Abstractions;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Amazon.Tests.Support;

/// <summary>An <see cref="AmazonSource"/> created as the host creates it, with the plugin's services shared between sources.</summary>
internal sealed class SourceHost : IDisposable
{
    private static readonly HttpClient SharedHttp = new();

    private readonly ServiceProvider _services = PluginServices.For<AmazonPlugin>();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public RecordingLogger Log { get; } = new();

    /// <summary>The HTTP client every source gets; the kit's shared plain client unless set.</summary>
    public HttpClient? Http { get; init; }

    public IServiceProvider Services => _services;

    public ISourceConnector Create(AmazonOptions options) =>
        (ISourceConnector)new AmazonPlugin().CreateConnector(new TestConnectorContext(options, _services) { TimeProvider = Time, Logger = Log, HttpClient = Http ?? SharedHttp });

    public static async Task<List<SourceBatch>> ReadAllAsync(ISourceConnector source, string stream, string? checkpoint = null)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in source.ReadAsync(stream, checkpoint, CancellationToken.None))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public void Dispose() => _services.Dispose();
}

using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>An in-test sink plugin (id <c>scripted-sink</c>): records every push and answers per item as the test scripts.</summary>
internal sealed class ScriptedSinkPlugin(ScriptedSinkScript script) : IConnectorPlugin
{
    public PluginManifest Manifest { get; } = new("scripted-sink", "Scripted test sink", new Version(1, 0), PluginKind.Sink,
        PluginCapabilities.None, typeof(ScriptedOptions));

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context) => new Sink(script, context.ConnectorName);

    private sealed class Sink(ScriptedSinkScript script, string name) : ISinkConnector
    {
        public SinkLimits Limits { get; } = new(2, 1000, TimeSpan.FromSeconds(1));

        public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
        {
            lock (script)
            {
                script.Pushes.Add((name, batch));
                if (script.ThrowNext is { } error)
                {
                    script.ThrowNext = null;
                    throw error;
                }

                IReadOnlyList<SinkItemResult> results = [.. batch.Select(item => script.Answer(item) ?? SinkItemResult.Done(item.IdempotencyKey, "sink-" + item.IdempotencyKey))];
                return Task.FromResult(results);
            }
        }
    }
}

internal sealed class ScriptedSinkScript
{
    public List<(string Sink, IReadOnlyList<SinkItem> Batch)> Pushes { get; } = [];

    /// <summary>An answer for an item, or <c>null</c> for "done".</summary>
    public Func<SinkItem, SinkItemResult?> Answer { get; set; } = _ => null;

    public Exception? ThrowNext { get; set; }

    public IEnumerable<SinkItem> Items(string sink) => Pushes.Where(p => p.Sink == sink).SelectMany(p => p.Batch);
}

using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>
/// An in-test enricher plugin (id <c>scripted-enricher</c>): tags every item with a <c>summary</c> annotation, says
/// whose customer it saw, and fails on demand, as a hosted model might.
/// </summary>
internal sealed class ScriptedEnricherPlugin : IConnectorPlugin
{
    public PluginManifest Manifest { get; } = new("scripted-enricher", "Scripted test enricher", new Version(1, 0), PluginKind.Enricher,
        PluginCapabilities.None, typeof(ScriptedOptions));

    public bool FailNext { get; set; }

    public List<EnrichmentItem> Seen { get; } = [];

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context) => new Enricher(this);

    private sealed class Enricher(ScriptedEnricherPlugin plugin) : IConnector, IEnricher
    {
        public string Name => "summary";

        public string Version => "7";

        public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
        {
            plugin.Seen.AddRange(items);
            if (plugin.FailNext)
            {
                plugin.FailNext = false;
                throw new HttpRequestException("the model is down");
            }

            IReadOnlyList<Annotation> found = [.. items.Select(i => new Annotation(i.Key, "summary", $"{i.Feedback.Body?.Split(' ')[0]} by {i.Customer?.Email ?? "nobody"}")
            {
                Evidence = $"after {string.Join(",", i.Annotations.Select(a => a.Name).Distinct())}",
            })];
            return ValueTask.FromResult(found);
        }
    }
}

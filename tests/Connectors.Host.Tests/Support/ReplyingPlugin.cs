using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>An in-test source (id <c>replying</c>) that reads scripted batches and takes replies, as a review site would.</summary>
internal sealed class ReplyingPlugin(ScriptedSourceScript script, ReplyScript replies) : IConnectorPlugin
{
    public PluginManifest Manifest { get; } = new("replying", "Scripted source that takes replies", new Version(1, 0), PluginKind.Source,
        PluginCapabilities.Incremental | PluginCapabilities.Reply, typeof(ScriptedOptions));

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context) => new ReplyingSource(new ScriptedSource(script), replies);

    private sealed class ReplyingSource(ScriptedSource source, ReplyScript replies) : ISourceConnector, IReplyTarget
    {
        public IReadOnlyList<string> Streams => source.Streams;

        public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => source.CheckAsync(cancellationToken);

        public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken) =>
            source.ReadAsync(stream, checkpoint, cancellationToken);

        public Task<string> ReplyAsync(string sourceId, string text, CancellationToken cancellationToken)
        {
            if (replies.Refused.Contains(sourceId))
            {
                throw new ReplyRefusedException($"review {sourceId} was deleted by its author");
            }

            if (replies.FailNext > 0)
            {
                replies.FailNext--;
                throw new HttpRequestException("the review site is down");
            }

            lock (replies.Posted)
            {
                replies.Posted.Add((sourceId, text));
                return Task.FromResult($"reply-{replies.Posted.Count}");
            }
        }
    }
}

/// <summary>What the replying source was asked to post, and how it should answer.</summary>
internal sealed class ReplyScript
{
    public List<(string SourceId, string Text)> Posted { get; } = [];

    public HashSet<string> Refused { get; } = [];

    public int FailNext { get; set; }
}

using System.Runtime.CompilerServices;
using Connectors.Abstractions;

namespace Connectors.Host.Tests.Support;

/// <summary>
/// A source whose batches a test scripts: it yields the scripted batches after the given checkpoint
/// (checkpoints are batch numbers) and can throw after a given batch, like a source that dies mid-run.
/// </summary>
internal sealed class ScriptedSource(ScriptedSourceScript script) : ISourceConnector
{
    public IReadOnlyList<string> Streams => ["items"];

    public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

    public async IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        script.CheckpointsSeen.Add(checkpoint);
        var start = checkpoint is null ? 0 : int.Parse(checkpoint, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = start; i < script.Batches.Count; i++)
        {
            if (script.FailBeforeBatch == i)
            {
                script.FailBeforeBatch = null;
                throw new HttpRequestException("the vendor went away");
            }

            await Task.Yield();
            yield return script.Batches[i] with { Checkpoint = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
    }
}

internal sealed class ScriptedSourceScript
{
    public List<SourceBatch> Batches { get; } = [];

    public int? FailBeforeBatch { get; set; }

    public List<string?> CheckpointsSeen { get; } = [];
}

using System.Diagnostics;
using Connectors.Abstractions;
using Connectors.TestKit.Conformance.Internal;

namespace Connectors.TestKit.Conformance;

/// <summary>
/// The conformance checks of a source plugin. Derive one public class per plugin, supply the test server and the
/// options, and every check runs as an xunit test:
/// <code>
/// public sealed class AcmeConformanceTests : SourceConformanceTests&lt;AcmePlugin&gt;
/// {
///     private FakeAcmeApi _api = null!;
///     protected override async Task&lt;Uri?&gt; StartServerAsync() { _api = await FakeAcmeApi.StartAsync(); return _api.BaseUrl; }
///     protected override Task StopServerAsync() =&gt; _api.DisposeAsync().AsTask();
///     protected override object GoodOptions() =&gt; new AcmeOptions { Endpoint = Server, ApiKey = FakeAcmeApi.Key };
///     protected override object InvalidOptions() =&gt; new AcmeOptions();
///     protected override IReadOnlyCollection&lt;string&gt; InvalidMembers =&gt; ["endpoint", "apiKey"];
///     protected override object RefusedOptions() =&gt; new AcmeOptions { Endpoint = Server, ApiKey = "wrong" };
/// }
/// </code>
/// </summary>
/// <typeparam name="TPlugin">The plugin's entry class.</typeparam>
public abstract class SourceConformanceTests<TPlugin> : ConnectorConformanceTests<TPlugin>
    where TPlugin : class, IConnectorPlugin, new()
{
    /// <summary>A checkpoint as a later release of the source might write it: JSON with members no release so far knows.</summary>
    internal const string FutureCheckpoint = "{\"version\":999,\"cursor\":\"written by a newer release\"}";

    private protected override PluginKind Kind => PluginKind.Source;

    /// <summary>
    /// Checkpoints the source must refuse for <paramref name="stream"/>, besides the ones the kit makes itself (text that is
    /// no checkpoint, JSON from a "future version" with unknown members, and the stream's real final checkpoint cut in
    /// half): add what your format could meet, such as your own format with a version number you do not know yet.
    /// </summary>
    protected virtual IEnumerable<string> CorruptCheckpoints(string stream, string finalCheckpoint) => [];

    /// <summary>
    /// For a webhook source (<see cref="IWebhookSource"/>): a delivery signed as the vendor signs it with the secret in
    /// <c>GoodOptions()</c>, whose payload parses into at least one record. <c>null</c> for other sources.
    /// </summary>
    protected virtual WebhookRequest? SignedWebhook() => null;

    /// <summary>The source as the host creates it, with <c>GoodOptions()</c>.</summary>
    protected ISourceConnector CreateSource() =>
        CreateConnector(OfOptionsType(GoodOptions(), nameof(GoodOptions))) as ISourceConnector
        ?? throw ConformanceException.Of("create", $"{typeof(TPlugin).Name}.CreateConnector did not return an ISourceConnector");

    /// <summary>
    /// A read of every stream from the start yields records that are valid in the common schema, each key with one
    /// content, at least one record in all, and (for an incremental source) a checkpoint to resume from.
    /// </summary>
    [Fact]
    public async Task A_full_read_yields_valid_records_with_stable_keys()
    {
        var source = CreateSource();
        var problems = StreamProblems(source, Plugin.Manifest).ToList();
        var reads = await ReadEveryStreamAsync(source, "full read");
        foreach (var read in reads)
        {
            problems.AddRange(read.Batches.SelectMany((b, i) => RecordRules.Problems(b, $"stream '{read.Stream}' batch {i + 1}")).Take(20));
            problems.AddRange(read.Records.Unstable.Take(5).Select(u => $"stream '{read.Stream}': {u}"));
            if (read.RecordCount > 0 && read.FinalCheckpoint is null && Plugin.Manifest.Capabilities.HasFlag(PluginCapabilities.Incremental))
            {
                problems.Add($"stream '{read.Stream}' yielded {read.RecordCount} records but no checkpoint, though the manifest declares Incremental");
            }
        }

        if (reads.Sum(r => r.RecordCount) == 0)
        {
            problems.Add("no stream yielded any record, so nothing could be checked; point GoodOptions() at test data");
        }

        ConformanceException.ThrowIfAny("full read", problems);
    }

    /// <summary>Reading each stream again from the checkpoint the full read ended with yields nothing that is new or changed.</summary>
    [Fact]
    public async Task Reading_again_from_the_final_checkpoint_yields_nothing_new()
    {
        var source = CreateSource();
        var problems = new List<string>();
        foreach (var first in await ReadEveryStreamAsync(source, "re-read"))
        {
            var again = await StreamRead.ReadAsync(source, first.Stream, first.FinalCheckpoint, Timeout, "re-read");
            problems.AddRange(first.Records.NewIn(again.Records).Take(5).Select(n =>
                $"stream '{first.Stream}' read again from {first.FinalCheckpoint ?? "no checkpoint"}: {n}"));
        }

        ConformanceException.ThrowIfAny("re-read", problems);
    }

    /// <summary>
    /// An incremental source refuses a checkpoint it did not write: reading throws an exception whose message names the
    /// checkpoint, before yielding any record, instead of crashing on it or silently reading everything again.
    /// </summary>
    [Fact]
    public async Task A_corrupt_checkpoint_fails_clearly()
    {
        if (!Plugin.Manifest.Capabilities.HasFlag(PluginCapabilities.Incremental))
        {
            // The host hands a checkpoint back only to a source that wrote one; a source that never resumes has none to refuse.
            return;
        }

        var source = CreateSource();
        var problems = new List<string>();
        foreach (var read in await ReadEveryStreamAsync(source, "corrupt checkpoint"))
        {
            // Text that is no checkpoint, one from a future version of the source (JSON it does not know), and below the real one cut short.
            var corrupt = new List<string> { "this is not a checkpoint", FutureCheckpoint };
            if (read.FinalCheckpoint is { Length: >= 2 } final)
            {
                corrupt.Add(final[..(final.Length / 2)]);
                corrupt.AddRange(CorruptCheckpoints(read.Stream, final));
            }

            foreach (var checkpoint in corrupt)
            {
                if (await CorruptCheckpointProblemAsync(source, read.Stream, checkpoint) is { } problem)
                {
                    problems.Add(problem);
                }
            }
        }

        ConformanceException.ThrowIfAny("corrupt checkpoint", problems);
    }

    /// <summary>Two reads of every stream from the start give the same records, by key and content: a source is deterministic.</summary>
    [Fact]
    public async Task Two_full_reads_give_the_same_records()
    {
        var source = CreateSource();
        var first = await ReadEveryStreamAsync(source, "determinism");
        var second = await ReadEveryStreamAsync(source, "determinism");
        var problems = new List<string>();
        foreach (var (a, b) in first.Zip(second))
        {
            problems.AddRange(a.Records.NewIn(b.Records).Concat(b.Records.NewIn(a.Records).Where(n => n.Contains(" is new:", StringComparison.Ordinal))
                .Select(n => n.Replace(" is new:", " is missing from the second read:", StringComparison.Ordinal)))
                .Take(5).Select(n => $"stream '{a.Stream}': {n}"));
        }

        ConformanceException.ThrowIfAny("determinism", problems);
    }

    /// <summary>
    /// A read with a cancelled token throws <see cref="OperationCanceledException"/> before yielding anything, and a read
    /// cancelled after its first batch yields no further batch: within <see cref="ConnectorConformanceTests{TPlugin}.Promptly"/> each.
    /// </summary>
    [Fact]
    public async Task Cancellation_is_honoured_promptly()
    {
        var source = CreateSource();
        var stream = source.Streams[0];
        var problems = new List<string>();
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            IAsyncEnumerator<SourceBatch>? started = null;
            var (yielded, error, took) = await DrainAsync(() => started = source.ReadAsync(stream, null, cancelled.Token).GetAsyncEnumerator());
            if (started is not null)
            {
                await started.DisposeAsync();
            }

            if (error is not OperationCanceledException)
            {
                problems.Add($"reading '{stream}' with a cancelled token {(error is null ? $"completed with {yielded} batches" : $"threw {error.GetType().Name}: {error.Message}")}; throw OperationCanceledException (cancellationToken.ThrowIfCancellationRequested())");
            }
            else if (yielded > 0)
            {
                problems.Add($"reading '{stream}' with a cancelled token yielded {yielded} batches before it threw");
            }

            problems.AddRange(Slow(took, $"reading '{stream}' with a cancelled token"));
        }

        using (var cts = new CancellationTokenSource())
        {
            // As the host enumerates: the token goes to ReadAsync only, not to GetAsyncEnumerator as well.
            await using var batches = source.ReadAsync(stream, null, cts.Token).GetAsyncEnumerator();
            using var limit = new CancellationTokenSource(Timeout);
            if (await batches.MoveNextAsync().AsTask().WaitAsync(limit.Token))
            {
                await cts.CancelAsync();
                var (yielded, error, took) = await DrainAsync(() => batches);
                if (yielded > 0)
                {
                    problems.Add($"reading '{stream}' yielded {yielded} more batches after its token was cancelled; check the token between pages");
                }
                else if (error is not null and not OperationCanceledException)
                {
                    problems.Add($"reading '{stream}' threw {error.GetType().Name} after its token was cancelled, not OperationCanceledException: {error.Message}");
                }

                problems.AddRange(Slow(took, $"reading '{stream}' after its token was cancelled"));
            }
        }

        ConformanceException.ThrowIfAny("cancellation", problems);
    }

    /// <summary>
    /// A webhook source accepts the correctly signed delivery, parses it into valid records, and refuses forgeries (a
    /// changed byte, a missing or changed signature, an empty delivery) by returning <c>false</c>, never by throwing.
    /// A plugin whose manifest declares webhooks must be one, and one that is must declare them.
    /// </summary>
    [Fact]
    public void A_webhook_source_refuses_a_forged_signature()
    {
        var source = CreateSource();
        var declared = Plugin.Manifest.Capabilities.HasFlag(PluginCapabilities.Webhooks);
        if (source is not IWebhookSource webhooks)
        {
            if (declared)
            {
                throw ConformanceException.Of("webhooks", "the manifest declares Webhooks, but the source does not implement IWebhookSource");
            }

            return;
        }

        var problems = new List<string>();
        if (!declared)
        {
            problems.Add("the source implements IWebhookSource, but the manifest does not declare Webhooks");
        }

        if (SignedWebhook() is not { } signed)
        {
            throw ConformanceException.Of("webhooks", "the source takes webhooks: override SignedWebhook() to return a delivery signed as the vendor signs it");
        }

        if (!Verify(webhooks, signed, problems, "the signed delivery"))
        {
            problems.Add("the correctly signed delivery from SignedWebhook() was refused; sign it with the secret in GoodOptions()");
        }
        else
        {
            var batch = webhooks.Parse(signed);
            problems.AddRange(RecordRules.Problems(batch, "the parsed delivery"));
            if (batch.RecordCount == 0)
            {
                problems.Add("the signed delivery parsed into no record; give SignedWebhook() a payload the source turns into records");
            }
        }

        foreach (var (what, forged) in WebhookForgeries.Of(signed))
        {
            if (Verify(webhooks, forged, problems, what))
            {
                problems.Add($"accepted {what}");
            }
        }

        var headerChanges = WebhookForgeries.HeaderChanges(signed).ToList();
        var refused = headerChanges.Count(change => !Verify(webhooks, change.Request, problems, $"the delivery with header {change.Header} changed"));
        if (headerChanges.Count > 0 && refused == 0)
        {
            problems.Add($"changing any one header ({string.Join(", ", headerChanges.Select(c => c.Header))}) was accepted, so no signature header is checked");
        }

        ConformanceException.ThrowIfAny("webhooks", problems);
    }

    private protected override Task ExerciseAsync() => ReadEveryStreamAsync(CreateSource(), "secrets");

    private async Task<List<StreamRead>> ReadEveryStreamAsync(ISourceConnector source, string check)
    {
        var reads = new List<StreamRead>();
        foreach (var stream in source.Streams)
        {
            reads.Add(await StreamRead.ReadAsync(source, stream, null, Timeout, check));
        }

        return reads;
    }

    private static IEnumerable<string> StreamProblems(ISourceConnector source, PluginManifest manifest)
    {
        if (source.Streams is not { Count: > 0 })
        {
            yield return "Streams is empty; a source reads at least one stream";
            yield break;
        }

        if (manifest.Streams is not { Count: > 0 })
        {
            yield return $"the manifest declares no Streams; set Streams = [{string.Join(", ", source.Streams.Select(s => $"\"{s}\""))}] so the host learns them without creating a connector";
        }
        else if (!manifest.Streams.SequenceEqual(source.Streams, StringComparer.Ordinal))
        {
            yield return $"the manifest declares the streams {string.Join(", ", manifest.Streams)} but the connector has {string.Join(", ", source.Streams)}; they must be the same";
        }

        foreach (var duplicate in source.Streams.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"stream '{duplicate.Key}' is listed {duplicate.Count()} times";
        }

        foreach (var stream in source.Streams.Where(s => string.IsNullOrWhiteSpace(s) || s.Any(char.IsWhiteSpace) || s.Any(char.IsUpper)))
        {
            yield return $"stream name '{stream}' must be lower case without spaces (operators type it after --stream)";
        }
    }

    private async Task<string?> CorruptCheckpointProblemAsync(ISourceConnector source, string stream, string checkpoint)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var records = 0;
        try
        {
            await foreach (var batch in source.ReadAsync(stream, checkpoint, cts.Token))
            {
                records += batch.RecordCount;
                if (records > 0)
                {
                    return $"stream '{stream}' read from the corrupt checkpoint '{checkpoint}' yielded records (a silent restart); throw an exception that names the checkpoint instead";
                }
            }

            return $"stream '{stream}' accepted the corrupt checkpoint '{checkpoint}'; throw an exception that names the checkpoint instead";
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return $"stream '{stream}' read from the corrupt checkpoint '{checkpoint}' did not finish within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception ex) when (ex is NullReferenceException or IndexOutOfRangeException or InvalidCastException or ArgumentOutOfRangeException or NotImplementedException)
        {
            return $"stream '{stream}' crashed on the corrupt checkpoint '{checkpoint}' ({ex.GetType().Name}: {ex.Message}); check it and throw an exception that names the checkpoint";
        }
        catch (Exception ex)
        {
            return ex.Message.Contains("checkpoint", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"stream '{stream}' refused the corrupt checkpoint '{checkpoint}' with {ex.GetType().Name}: '{ex.Message}', which does not say the checkpoint is the problem";
        }
    }

    /// <summary>Runs the rest of an enumeration: how many batches came, what it threw, and how long it took.</summary>
    private async Task<(int Yielded, Exception? Error, TimeSpan Took)> DrainAsync(Func<IAsyncEnumerator<SourceBatch>> start)
    {
        var watch = Stopwatch.StartNew();
        var yielded = 0;
        using var limit = new CancellationTokenSource(Timeout);
        try
        {
            // ReadAsync may throw as it is called (a cancelled token checked up front): that counts as its first move.
            var batches = start();
            while (await batches.MoveNextAsync().AsTask().WaitAsync(limit.Token))
            {
                yielded++;
            }

            return (yielded, null, watch.Elapsed);
        }
        catch (Exception ex) when (!limit.IsCancellationRequested)
        {
            return (yielded, ex, watch.Elapsed);
        }
        catch (OperationCanceledException)
        {
            throw ConformanceException.Of("cancellation", $"the read went on for {Timeout.TotalSeconds:0} s after its token was cancelled");
        }
    }

    private IEnumerable<string> Slow(TimeSpan took, string what) =>
        took > Promptly ? [$"{what} took {took.TotalSeconds:0.0} s to stop, more than {Promptly.TotalSeconds:0.0} s"] : [];

    private static bool Verify(IWebhookSource webhooks, WebhookRequest request, List<string> problems, string what)
    {
        try
        {
            return webhooks.Verify(request);
        }
        catch (Exception ex)
        {
            problems.Add($"Verify threw {ex.GetType().Name} on {what} ({ex.Message}); return false for a delivery that is not signed right");
            return false;
        }
    }
}

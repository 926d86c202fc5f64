using System.Diagnostics;
using Connectors.Abstractions;
using Connectors.TestKit.Conformance.Internal;

namespace Connectors.TestKit.Conformance;

/// <summary>
/// The conformance checks of a sink plugin. Derive one public class per plugin, supply the test server and the
/// options, and every check runs as an xunit test:
/// <code>
/// public sealed class AcmeDeskConformanceTests : SinkConformanceTests&lt;AcmeDeskPlugin&gt;
/// {
///     private FakeAcmeDesk _desk = null!;
///     protected override async Task&lt;Uri?&gt; StartServerAsync() { _desk = await FakeAcmeDesk.StartAsync(); return _desk.BaseUrl; }
///     protected override Task StopServerAsync() =&gt; _desk.DisposeAsync().AsTask();
///     protected override object GoodOptions() =&gt; new AcmeDeskOptions { Endpoint = Server, ApiKey = FakeAcmeDesk.Key };
///     protected override object InvalidOptions() =&gt; new AcmeDeskOptions();
///     protected override IReadOnlyCollection&lt;string&gt; InvalidMembers =&gt; ["endpoint", "apiKey"];
///     protected override object RefusedOptions() =&gt; new AcmeDeskOptions { Endpoint = Server, ApiKey = "wrong" };
///     protected override Task&lt;int?&gt; CountAtSinkAsync() =&gt; Task.FromResult&lt;int?&gt;(_desk.Tickets.Count);
/// }
/// </code>
/// </summary>
/// <typeparam name="TPlugin">The plugin's entry class.</typeparam>
public abstract class SinkConformanceTests<TPlugin> : ConnectorConformanceTests<TPlugin>
    where TPlugin : class, IConnectorPlugin, new()
{
    private const int MaxRounds = 10;
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    // The kit waits out at most LongestWait for a Retry item, so the 429 asks for no more than that.
    private static readonly TimeSpan ThrottleWait = LongestWait;

    // Clocks tick in steps of a few milliseconds; a request that early still waited.
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMilliseconds(50);

    private protected override PluginKind Kind => PluginKind.Sink;

    /// <summary>Items a sink with <c>GoodOptions()</c> accepts, every one; <see cref="SampleSinkItems.For"/> unless overridden.</summary>
    protected virtual IReadOnlyList<SinkItem> SampleItems() => SampleSinkItems.For(Plugin.Manifest);

    /// <summary>
    /// How many records the test server holds (contacts, tickets, notes, deliveries), so the kit can prove a repeated
    /// push creates nothing; <c>null</c> when the server cannot tell, and the kit relies on the sink ids alone.
    /// </summary>
    protected virtual Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(null);

    /// <summary>The sink as the host creates it, with <c>GoodOptions()</c>.</summary>
    protected ISinkConnector CreateSink() =>
        CreateConnector(OfOptionsType(GoodOptions(), nameof(GoodOptions))) as ISinkConnector
        ?? throw ConformanceException.Of("create", $"{typeof(TPlugin).Name}.CreateConnector did not return an ISinkConnector");

    /// <summary>The limits let the dispatcher push at all: a batch of at least one item, a positive rate and window.</summary>
    [Fact]
    public void The_limits_are_usable()
    {
        var limits = CreateSink().Limits;
        var problems = new List<string>();
        if (limits is null)
        {
            throw ConformanceException.Of("limits", "Limits is null");
        }

        if (limits.BatchSize < 1)
        {
            problems.Add($"BatchSize is {limits.BatchSize}; the dispatcher needs at least 1");
        }

        if (limits.RequestsPerWindow < 1 || limits.Window <= TimeSpan.Zero)
        {
            problems.Add($"the rate budget is {limits.RequestsPerWindow} requests per {limits.Window}; both must be positive");
        }

        ConformanceException.ThrowIfAny("limits", problems);
    }

    /// <summary>
    /// Pushing the sample items in batches of the sink's size gives exactly one result per item of each batch, under its
    /// idempotency key; passing failures are pushed again as the dispatcher would, and in the end every item is done
    /// with the sink's id for it. A failure carries its error text.
    /// </summary>
    [Fact]
    public async Task Every_item_gets_one_result()
    {
        var results = await PushUntilSettledAsync(CreateSink(), Samples(), "results");
        var problems = results.Values.Where(r => r.Outcome != SinkOutcome.Done || string.IsNullOrWhiteSpace(r.SinkId))
            .Select(r => r.Outcome == SinkOutcome.Done
                ? $"item {r.IdempotencyKey} is done without the sink's id for it"
                : $"item {r.IdempotencyKey} ended {r.Outcome}: {r.Error}")
            .ToList();
        ConformanceException.ThrowIfAny("results", problems);
    }

    /// <summary>
    /// Pushing the same items again, as the dispatcher does when a result was lost (without the sink id) and when an
    /// earlier push succeeded (with it), is done with the same sink id per item and creates nothing new at the sink.
    /// </summary>
    [Fact]
    public async Task A_repeated_push_is_idempotent()
    {
        var sink = CreateSink();
        var items = Samples();
        var first = await PushUntilSettledAsync(sink, items, "idempotency");
        var count = await CountAtSinkAsync();
        var problems = new List<string>();
        var lost = await PushUntilSettledAsync(sink, items, "idempotency");
        problems.AddRange(Differences(first, lost, "pushed again after a lost result"));
        problems.AddRange(await CountProblemsAsync(count, "pushed again after a lost result"));

        var known = items.Select(i => i with { ExistingSinkId = first[i.IdempotencyKey].SinkId }).ToList();
        var updated = await PushUntilSettledAsync(sink, known, "idempotency");
        problems.AddRange(Differences(first, updated, "pushed again with its sink id"));
        problems.AddRange(await CountProblemsAsync(count, "pushed again with its sink id"));
        ConformanceException.ThrowIfAny("idempotency", problems);
    }

    /// <summary>
    /// The sink keeps to rate limits: the kit answers its first request with a 429 and a <c>Retry-After</c> of 2 s, as a
    /// vendor whose budget is spent does. No item may fail for it (a 429 is passing: <c>Retry</c>), nothing may be sent
    /// again before the wait is over (wait it out, or return <c>Retry</c> with <c>RetryAfter</c> and send nothing more
    /// until then: the dispatcher pushes the next batch at once), and no window of <c>Limits.Window</c> may hold more requests than <c>Limits.RequestsPerWindow</c>.
    /// Every request must go through <c>context.HttpClient</c>, where the kit sees it.
    /// </summary>
    [Fact]
    public async Task Rate_limits_are_respected()
    {
        var probe = new ThrottlingProbe(Clock, ThrottleWait);
        var sink = CreateConnector(OfOptionsType(GoodOptions(), nameof(GoodOptions)), "conformance", probe) as ISinkConnector
            ?? throw ConformanceException.Of("create", $"{typeof(TPlugin).Name}.CreateConnector did not return an ISinkConnector");
        var results = await PushUntilSettledAsync(sink, Samples(), "rate limits");
        var sent = probe.Sent;
        var problems = new List<string>();
        if (sent.Count == 0)
        {
            throw ConformanceException.Of("rate limits", "the sink sent no request through context.HttpClient; send every request there (the host's client carries its timeouts and breaker, the kit's sees the pacing)");
        }

        problems.AddRange(results.Values.Where(r => r.Outcome == SinkOutcome.Failed)
            .Select(r => $"item {r.IdempotencyKey} ended Failed after the kit answered a 429 ({r.Error}); a 429 is passing: return Retry with its Retry-After"));
        var early = sent.Skip(1).Count(at => at < sent[0] + ThrottleWait - ClockTolerance);
        if (early > 0)
        {
            problems.Add($"the sink sent {early} request(s) sooner than the 429's Retry-After of {ThrottleWait.TotalSeconds:0} s allowed; " +
                "wait it out, or return Retry with RetryAfter and send nothing more until then, in this push or the next (keep the wait in a pacer all pushes share)");
        }

        var limits = sink.Limits;
        var busiest = sent.Select((at, i) => sent.Skip(i).Count(later => later < at + limits.Window)).DefaultIfEmpty(0).Max();
        if (busiest > limits.RequestsPerWindow)
        {
            problems.Add($"the sink sent {busiest} requests within {limits.Window}, more than its Limits allow ({limits.RequestsPerWindow})");
        }

        ConformanceException.ThrowIfAny("rate limits", problems);
    }

    /// <summary>A push with a cancelled token throws <see cref="OperationCanceledException"/> promptly and sends nothing.</summary>
    [Fact]
    public async Task Cancellation_is_honoured_promptly()
    {
        var sink = CreateSink();
        var before = await CountAtSinkAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var watch = Stopwatch.StartNew();
        var problems = new List<string>();
        try
        {
            var results = await sink.PushAsync(Samples().Take(Math.Max(1, sink.Limits.BatchSize)).ToList(), cancelled.Token).WaitAsync(Timeout);
            problems.Add($"a push with a cancelled token returned {results.Count} results; throw OperationCanceledException (cancellationToken.ThrowIfCancellationRequested())");
        }
        catch (OperationCanceledException)
        {
            // What the dispatcher expects: it stops and leaves every item as it was.
        }
        catch (TimeoutException)
        {
            problems.Add($"a push with a cancelled token did not return within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex)
        {
            problems.Add($"a push with a cancelled token threw {ex.GetType().Name}, not OperationCanceledException: {ex.Message}");
        }

        if (watch.Elapsed > Promptly)
        {
            problems.Add($"a push with a cancelled token took {watch.Elapsed.TotalSeconds:0.0} s to stop, more than {Promptly.TotalSeconds:0.0} s");
        }

        problems.AddRange(await CountProblemsAsync(before, "pushed with a cancelled token"));
        ConformanceException.ThrowIfAny("cancellation", problems);
    }

    private protected override Task ExerciseAsync() => PushUntilSettledAsync(CreateSink(), Samples(), "secrets");

    private List<SinkItem> Samples()
    {
        var items = SampleItems()?.ToList() ?? throw ConformanceException.Of("results", "SampleItems() returned null");
        if (items.Count == 0)
        {
            throw ConformanceException.Of("results", "SampleItems() is empty, so nothing could be checked");
        }

        var duplicates = items.GroupBy(i => i.IdempotencyKey).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return duplicates.Count > 0
            ? throw ConformanceException.Of("results", $"SampleItems() repeats the idempotency keys {string.Join(", ", duplicates)}")
            : items;
    }

    /// <summary>Pushes as the dispatcher does: batches of the sink's size, items that came back Retry again after their wait.</summary>
    private async Task<Dictionary<string, SinkItemResult>> PushUntilSettledAsync(ISinkConnector sink, IReadOnlyList<SinkItem> items, string check)
    {
        var last = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        var pending = items.ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            if (round == MaxRounds)
            {
                throw ConformanceException.Of(check, $"{pending.Count} items still came back Retry after {MaxRounds} pushes: {last[pending[0].IdempotencyKey].Error}");
            }

            var retry = new List<SinkItem>();
            var wait = TimeSpan.Zero;
            foreach (var batch in pending.Chunk(Math.Max(1, sink.Limits.BatchSize)))
            {
                var results = await PushAsync(sink, batch, check);
                foreach (var result in results)
                {
                    last[result.IdempotencyKey] = result;
                    if (result.Outcome == SinkOutcome.Retry)
                    {
                        retry.Add(batch.Single(i => i.IdempotencyKey == result.IdempotencyKey));
                        wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, Math.Min((result.RetryAfter ?? TimeSpan.Zero).Ticks, LongestWait.Ticks)));
                    }
                }
            }

            pending = retry;
            if (pending.Count > 0 && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Clock);
            }
        }

        return last;
    }

    private async Task<IReadOnlyList<SinkItemResult>> PushAsync(ISinkConnector sink, SinkItem[] batch, string check)
    {
        IReadOnlyList<SinkItemResult> results;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            results = await sink.PushAsync(batch, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw ConformanceException.Of(check, $"a push of {batch.Length} items did not finish within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (ex is not ConformanceException)
        {
            throw ConformanceException.Of(check, $"PushAsync threw {ex.GetType().Name}: {ex.Message}; report a result per item instead (Retry for a passing failure)");
        }

        var problems = new List<string>();
        var keys = batch.Select(i => i.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(batch.Where(i => !results.Any(r => r?.IdempotencyKey == i.IdempotencyKey)).Select(i => $"no result for item {i.IdempotencyKey}"));
        problems.AddRange(results.Where(r => r is null).Select(_ => "a result is null"));
        problems.AddRange(results.OfType<SinkItemResult>().GroupBy(r => r.IdempotencyKey).Where(g => g.Count() > 1).Select(g => $"{g.Count()} results for item {g.Key}"));
        problems.AddRange(results.OfType<SinkItemResult>().Where(r => !keys.Contains(r.IdempotencyKey)).Select(r => $"a result for {r.IdempotencyKey}, which was not in the batch"));
        problems.AddRange(results.OfType<SinkItemResult>().Where(r => r.Outcome != SinkOutcome.Done && string.IsNullOrWhiteSpace(r.Error))
            .Select(r => $"item {r.IdempotencyKey} is {r.Outcome} without an error text; the operator reads it in the dead letters"));
        ConformanceException.ThrowIfAny(check, problems);
        return results;
    }

    private static IEnumerable<string> Differences(Dictionary<string, SinkItemResult> first, Dictionary<string, SinkItemResult> again, string how) =>
        again.Values.Where(r => r.Outcome != SinkOutcome.Done || r.SinkId != first[r.IdempotencyKey].SinkId)
            .Select(r => r.Outcome != SinkOutcome.Done
                ? $"item {r.IdempotencyKey} {how} ended {r.Outcome}: {r.Error}"
                : $"item {r.IdempotencyKey} {how} got sink id {r.SinkId}, not {first[r.IdempotencyKey].SinkId}: the sink made a second record");

    private async Task<IEnumerable<string>> CountProblemsAsync(int? expected, string how)
    {
        var now = await CountAtSinkAsync();
        return expected is not null && now != expected
            ? [$"the test server held {expected} records, and {now} after the items were {how}"]
            : [];
    }
}

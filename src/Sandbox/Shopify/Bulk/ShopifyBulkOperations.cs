using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Planning;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.Bulk;

/// <summary>
/// The shop's bulk query operations: at most one running at a time (five from API 2026-01), each produced by a background
/// task at <see cref="ShopifyKnobs.BulkObjectsPerSecond"/> (wall clock) and failing on request
/// (<see cref="ShopifyKnobs.BulkFailAfterObjects"/>).
/// </summary>
public sealed class ShopifyBulkOperations : IAsyncDisposable
{
    /// <summary>Results over at most this many root objects get an exact fileSize; larger ones report none.</summary>
    internal const long SizedResultLimit = 200_000;

    private readonly ShopifyEmulator _shopify;
    private readonly ConcurrentDictionary<long, BulkOperation> _operations = new();
    private readonly Lock _gate = new();
    private BulkOperation? _current;
    private long _next;

    internal ShopifyBulkOperations(ShopifyEmulator shopify) => _shopify = shopify;

    /// <summary>Every operation started, newest last.</summary>
    public IReadOnlyList<BulkOperation> All => [.. _operations.Values.OrderBy(o => o.Id)];

    /// <summary>An operation by legacy id.</summary>
    public BulkOperation? Get(long id) => _operations.GetValueOrDefault(id);

    internal BulkOperation? Find(string? gid) =>
        ShopifyIds.Parse(gid, "BulkOperation") is { } id ? Get(id) : null;

    internal BulkOperation? Current(string type) => type == "QUERY" ? Volatile.Read(ref _current) : null;

    internal BulkPayloadValue Start(string query, QueryContext context)
    {
        var compiled = QueryCompiler.Compile(context.Schema, query, null, default, PlanMode.Bulk, context.ApiVersion);
        var problems = compiled.Failed
            ? compiled.Errors.Select(e => e.Message).ToList()
            : BulkQueryRules.Check(compiled).ToList();
        if (problems.Count > 0)
        {
            return new BulkPayloadValue(null, problems.Select(p => new UserErrorValue(["query"], "Invalid bulk query: " + p, "INVALID")).ToList());
        }

        BulkOperation operation;
        lock (_gate)
        {
            // One running query operation per shop before 2026-01, five from 2026-01 on.
            var running = _operations.Values.Where(o => o.IsRunning).OrderBy(o => o.Id).ToList();
            if (running.Count >= (string.CompareOrdinal(context.ApiVersion, "2026-01") >= 0 ? 5 : 1))
            {
                return new BulkPayloadValue(null,
                [
                    new UserErrorValue(null, $"A bulk query operation for this app and shop is already in progress: {running[0].Gid}.", "OPERATION_IN_PROGRESS"),
                ]);
            }

            var id = ShopifyIds.BulkOperationIdBase + Interlocked.Increment(ref _next);
            operation = new BulkOperation(id, query, compiled, _shopify.Store.Version, _shopify.Clock.GetUtcNow());
            _operations[id] = operation;
            Volatile.Write(ref _current, operation);
        }

        operation.Runner = Task.Run(() => RunAsync(operation));
        return new BulkPayloadValue(operation, []);
    }

    internal BulkPayloadValue Cancel(string? gid)
    {
        if (Find(gid) is not { } operation)
        {
            return new BulkPayloadValue(null, [new UserErrorValue(["id"], "Bulk operation does not exist", null)]);
        }

        if (!operation.IsRunning)
        {
            return new BulkPayloadValue(operation, [new UserErrorValue(null, $"A bulk operation cannot be canceled when it is {operation.Status.ToLowerInvariant()}", null)]);
        }

        operation.Status = "CANCELING";
        // Shopify answers CANCELING; the runner may reach CANCELED before the answer is written, so answer with a copy.
        var answer = operation.Copy();
        operation.Cancellation.Cancel();
        return new BulkPayloadValue(answer, []);
    }

    /// <summary>Streams the result (complete, or the partial data of a failed operation) to <paramref name="output"/>.</summary>
    internal async Task WriteAsync(BulkOperation operation, PipeWriter output, string baseUrl, CancellationToken ct)
    {
        // Lines go to a local buffer first: many small writes straight into Kestrel's pipe contend on its lock.
        const int chunk = 64 * 1024;
        var limit = operation.ObjectCount;
        var buffer = new ArrayBufferWriter<byte>(chunk * 2);
        long written = 0;
        foreach (var _ in BulkJsonl.Lines(operation, NewContext(operation, baseUrl), buffer))
        {
            if (buffer.WrittenCount >= chunk)
            {
                await output.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }

            if (++written >= limit)
            {
                break;
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, ct);
        await output.FlushAsync(ct);
    }

    private async Task RunAsync(BulkOperation operation)
    {
        try
        {
            // Let the creating request answer CREATED first, as Shopify does.
            await Task.Delay(20, operation.Cancellation.Token);
            operation.Status = "RUNNING";
            var knobs = _shopify.Knobs;
            var clock = Stopwatch.StartNew();
            foreach (var lines in BulkJsonl.Counts(operation, NewContext(operation, string.Empty)))
            {
                operation.Cancellation.Token.ThrowIfCancellationRequested();
                knobs = _shopify.Knobs;
                if (knobs.BulkFailAfterObjects is { } failAt && operation.ObjectCount + lines >= failAt)
                {
                    // The partial data ends mid-way, exactly at the failure point.
                    if (failAt > operation.ObjectCount)
                    {
                        operation.CountRoot();
                        operation.Count(failAt - operation.ObjectCount);
                    }

                    Finish(operation, "FAILED", "INTERNAL_SERVER_ERROR", Size(operation));
                    return;
                }

                operation.CountRoot();
                operation.Count(lines);
                if (knobs.BulkObjectsPerSecond > 0)
                {
                    var due = TimeSpan.FromSeconds(operation.ObjectCount / knobs.BulkObjectsPerSecond) - clock.Elapsed;
                    if (due > TimeSpan.FromMilliseconds(5))
                    {
                        await Task.Delay(due, operation.Cancellation.Token);
                    }
                }
            }

            Finish(operation, "COMPLETED", null, Size(operation));
        }
        catch (OperationCanceledException)
        {
            Finish(operation, "CANCELED", null, null);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or KeyNotFoundException)
        {
            Finish(operation, "FAILED", "INTERNAL_SERVER_ERROR", null);
        }
    }

    /// <summary>The exact size of the result, by writing it once into a counter; skipped for large results.</summary>
    private long? Size(BulkOperation operation)
    {
        if (operation.RootObjectCount > SizedResultLimit)
        {
            return null;
        }

        var sink = new CountingBufferWriter();
        var written = 0L;
        foreach (var _ in BulkJsonl.Lines(operation, NewContext(operation, string.Empty), sink))
        {
            if (++written >= operation.ObjectCount)
            {
                break;
            }
        }

        return sink.Written;
    }

    private void Finish(BulkOperation operation, string status, string? errorCode, long? fileSize)
    {
        operation.FileSize = fileSize;
        operation.ErrorCode = errorCode;
        operation.CompletedAt = _shopify.Clock.GetUtcNow();
        operation.Status = status;
    }

    private QueryContext NewContext(BulkOperation operation, string baseUrl) => new()
    {
        Schema = _shopify.Schema,
        Emulator = _shopify,
        AsOf = operation.Snapshot,
        BaseUrl = baseUrl,
    };

    /// <summary>Cancels running operations and waits for their tasks.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var operation in _operations.Values)
        {
            await operation.Cancellation.CancelAsync();
        }

        foreach (var operation in _operations.Values)
        {
            await operation.Runner;
            operation.Cancellation.Dispose();
        }
    }
}

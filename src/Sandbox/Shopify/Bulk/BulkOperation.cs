using System.Globalization;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Planning;

namespace Connectors.Sandbox.Shopify.Bulk;

/// <summary>
/// One bulk query operation. Its result is the shop as of the store version when it was created,
/// produced at the configured speed by a background task and served as JSONL from the sandbox.
/// </summary>
public sealed class BulkOperation
{
    private long _objectCount;
    private long _rootObjectCount;
    private string _status = "CREATED";

    internal BulkOperation(long id, string query, CompiledQuery plan, long snapshot, DateTimeOffset createdAt)
    {
        Id = id;
        Query = query;
        Plan = plan;
        Snapshot = snapshot;
        CreatedAt = createdAt;
    }

    /// <summary>Legacy id.</summary>
    public long Id { get; }

    /// <summary>Global id.</summary>
    public string Gid => ShopifyIds.Gid("BulkOperation", Id);

    /// <summary>The inner query as submitted.</summary>
    public string Query { get; }

    /// <summary>Always QUERY (bulk mutations are not emulated).</summary>
    public string Type => "QUERY";

    /// <summary>CREATED, RUNNING, COMPLETED, FAILED, CANCELING or CANCELED.</summary>
    public string Status { get => Volatile.Read(ref _status); internal set => Volatile.Write(ref _status, value); }

    /// <summary>Set when FAILED (INTERNAL_SERVER_ERROR).</summary>
    public string? ErrorCode { get; internal set; }

    /// <summary>Creation time (sandbox clock).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Completion, failure or cancellation time (sandbox clock).</summary>
    public DateTimeOffset? CompletedAt { get; internal set; }

    /// <summary>Objects (JSONL lines) produced so far.</summary>
    public long ObjectCount => Interlocked.Read(ref _objectCount);

    /// <summary>Root objects produced so far.</summary>
    public long RootObjectCount => Interlocked.Read(ref _rootObjectCount);

    /// <summary>Size of the result in bytes, once known.</summary>
    public long? FileSize { get; internal set; }

    /// <summary>A copy of the operation as it is now: an answer that must not change while it is written.</summary>
    internal BulkOperation Copy() => (BulkOperation)MemberwiseClone();

    /// <summary>True while the operation has not reached an end state.</summary>
    public bool IsRunning => Status is "CREATED" or "RUNNING" or "CANCELING";

    internal CompiledQuery Plan { get; }

    /// <summary>Store version the operation reads as of.</summary>
    internal long Snapshot { get; }

    internal CancellationTokenSource Cancellation { get; } = new();

    internal Task Runner { get; set; } = Task.CompletedTask;

    /// <summary>Where the complete result is served; null until COMPLETED and when there is no object (as Shopify).</summary>
    public string? Url(string baseUrl) => Status == "COMPLETED" && ObjectCount > 0 ? DataUrl(baseUrl) : null;

    /// <summary>Where the partial result of a FAILED operation is served.</summary>
    public string? PartialDataUrl(string baseUrl) => Status == "FAILED" && ObjectCount > 0 ? DataUrl(baseUrl) : null;

    internal string DataUrl(string baseUrl) =>
        $"{baseUrl}/_sandbox/shopify/bulk/{Id.ToString(CultureInfo.InvariantCulture)}.jsonl";

    internal void Count(long objects) => Interlocked.Add(ref _objectCount, objects);

    internal void CountRoot() => Interlocked.Increment(ref _rootObjectCount);
}

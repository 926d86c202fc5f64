namespace Connectors.Abstractions;

/// <summary>The result of pushing one item.</summary>
/// <param name="IdempotencyKey">The item's <see cref="SinkItem.IdempotencyKey"/>.</param>
/// <param name="Outcome">Done, retry or failed.</param>
/// <param name="SinkId">The sink's id for the record, when done.</param>
/// <param name="RetryAfter">How long the sink asked to wait, when it said.</param>
/// <param name="Error">The sink's error text, when not done.</param>
public sealed record SinkItemResult(
    string IdempotencyKey,
    SinkOutcome Outcome,
    string? SinkId = null,
    TimeSpan? RetryAfter = null,
    string? Error = null)
{
    /// <summary>The sink accepted the item.</summary>
    public static SinkItemResult Done(string key, string sinkId) => new(key, SinkOutcome.Done, sinkId);

    /// <summary>A passing failure.</summary>
    public static SinkItemResult Retry(string key, string error, TimeSpan? retryAfter = null) =>
        new(key, SinkOutcome.Retry, RetryAfter: retryAfter, Error: error);

    /// <summary>A permanent rejection.</summary>
    public static SinkItemResult Failed(string key, string error) => new(key, SinkOutcome.Failed, Error: error);

    /// <summary>Nothing to do any more; <paramref name="reason"/> says why.</summary>
    public static SinkItemResult Skipped(string key, string reason) => new(key, SinkOutcome.Skipped, Error: reason);
}

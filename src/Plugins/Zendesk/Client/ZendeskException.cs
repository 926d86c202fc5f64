using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>
/// A request that did not succeed, already judged: <see cref="SinkOutcome.Retry"/> (429, 5xx, timeouts, unreadable
/// answers) or <see cref="SinkOutcome.Failed"/> (Zendesk rejected the item or the credentials). It ends the item it
/// belongs to, never the batch.
/// </summary>
internal sealed class ZendeskException : Exception
{
    /// <summary>Creates a failure.</summary>
    public ZendeskException(SinkOutcome outcome, string message, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Outcome = outcome;
        RetryAfter = retryAfter;
    }

    /// <summary>Retry or failed.</summary>
    public SinkOutcome Outcome { get; }

    /// <summary>How long Zendesk asked to wait, when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A 429: Zendesk did not do the work, so the very same request can be sent again, whatever it was.</summary>
    public bool Throttled { get; private init; }

    /// <summary>A passing failure.</summary>
    public static ZendeskException Retry(string message, TimeSpan? retryAfter = null, Exception? inner = null) =>
        new(SinkOutcome.Retry, message, retryAfter, inner);

    /// <summary>Worth another try, but not within this push: the same request would fail the same way now.</summary>
    public bool Later { get; private init; }

    /// <summary>A passing failure that only a later push can get past.</summary>
    public static ZendeskException RetryLater(string message) => new(SinkOutcome.Retry, message) { Later = true };

    /// <summary>A 429 with the wait Zendesk asked for.</summary>
    public static ZendeskException Throttle(string message, TimeSpan retryAfter) =>
        new(SinkOutcome.Retry, message, retryAfter) { Throttled = true };

    /// <summary>A permanent rejection.</summary>
    public static ZendeskException Failed(string message) => new(SinkOutcome.Failed, message);

    /// <summary>The item's result.</summary>
    public SinkItemResult ToResult(string idempotencyKey) => Outcome == SinkOutcome.Retry
        ? SinkItemResult.Retry(idempotencyKey, Message, RetryAfter)
        : SinkItemResult.Failed(idempotencyKey, Message);
}

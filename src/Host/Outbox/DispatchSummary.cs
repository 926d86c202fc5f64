namespace Connectors.Host.Outbox;

/// <summary>What one drain of a target's outbox did.</summary>
public sealed record DispatchSummary(string Sink, int Batches, int Done, int Retried, int DeadLettered, int StillPending, TimeSpan Duration)
{
    /// <summary>Items with nothing to do any more (a review request held back or no longer offered), recorded with the reason.</summary>
    public int Skipped { get; init; }
}

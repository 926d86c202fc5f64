namespace Connectors.Host.Outbox;

/// <summary>What one drain of a sink's outbox did.</summary>
public sealed record DispatchSummary(string Sink, int Batches, int Done, int Retried, int DeadLettered, int StillPending, TimeSpan Duration);

namespace Connectors.Sandbox.Amazon;

/// <summary>Body of <c>PUT /_sandbox/amazon/reports/{id}</c>: the state to force.</summary>
/// <param name="ProcessingStatus">IN_QUEUE, IN_PROGRESS, DONE, CANCELLED or FATAL.</param>
public sealed record ReportStatusChange(string? ProcessingStatus);

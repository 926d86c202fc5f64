namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>getReport's answer: where the report stands, and its document once DONE.</summary>
internal sealed record ReportStatus(string ReportId, string ProcessingStatus, string? ReportDocumentId, DateTimeOffset? ProcessingStartTime);

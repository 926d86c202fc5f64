namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>getReportDocument's answer: a presigned URL (valid for five minutes) and whether the file is GZIP-compressed.</summary>
internal sealed record DocumentLink(string ReportDocumentId, Uri Url, bool Gzip);

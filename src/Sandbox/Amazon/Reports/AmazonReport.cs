namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>A report requested through createReport, and how far it has got.</summary>
public sealed class AmazonReport
{
    internal AmazonReport(string reportId, string reportType, IReadOnlyList<string> marketplaceIds, DateTimeOffset start, DateTimeOffset end, DateTimeOffset created, string finalStatus, string seller)
    {
        ReportId = reportId;
        ReportType = reportType;
        MarketplaceIds = marketplaceIds;
        DataStartTime = start;
        DataEndTime = end;
        CreatedTime = created;
        FinalStatus = finalStatus;
        Seller = seller;
    }

    /// <summary>The report id (digits, as Amazon's).</summary>
    public string ReportId { get; }

    /// <summary>The report type.</summary>
    public string ReportType { get; }

    /// <summary>The marketplaces asked for; the first one sets the layout of a seller-feedback document.</summary>
    public IReadOnlyList<string> MarketplaceIds { get; }

    /// <summary>Start of the data range.</summary>
    public DateTimeOffset DataStartTime { get; }

    /// <summary>End of the data range.</summary>
    public DateTimeOffset DataEndTime { get; }

    /// <summary>When it was requested.</summary>
    public DateTimeOffset CreatedTime { get; }

    /// <summary>The refresh token of the seller who asked for it.</summary>
    internal string Seller { get; }

    /// <summary>Where the report ends up when it is not forced: DONE, FATAL or CANCELLED (from the knobs at creation).</summary>
    internal string FinalStatus { get; }

    /// <summary>getReport calls so far.</summary>
    public int Polls { get; internal set; }

    /// <summary>A status set through the control API, which wins over the polls.</summary>
    public string? ForcedStatus { get; internal set; }

    /// <summary>The status as last answered.</summary>
    public string ProcessingStatus { get; internal set; } = "IN_QUEUE";

    /// <summary>When processing started, once it has.</summary>
    public DateTimeOffset? ProcessingStartTime { get; internal set; }

    /// <summary>When processing ended, once it has.</summary>
    public DateTimeOffset? ProcessingEndTime { get; internal set; }

    /// <summary>The document id, once DONE.</summary>
    public string? ReportDocumentId { get; internal set; }

    /// <summary>Data rows of the document, counted when it was DONE.</summary>
    public long? Rows { get; internal set; }

    /// <summary>Whether the document is GZIP-compressed.</summary>
    public bool Compressed { get; internal set; }
}

using System.Collections.Concurrent;
using System.Globalization;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>
/// The reports requested from the emulator. A report moves IN_QUEUE → IN_PROGRESS → its final state as it is polled
/// (<see cref="AmazonKnobs.ReportPollsPerStatus"/> polls each), unless held or forced through the control API; a DONE
/// report with no rows is CANCELLED, as Amazon cancels empty reports.
/// </summary>
public sealed class AmazonReports
{
    private readonly ConcurrentDictionary<string, AmazonReport> _reports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AmazonReport> _byDocument = new(StringComparer.Ordinal);
    private readonly Func<AmazonKnobs> _knobs;
    private readonly ReportDocuments _documents;
    private readonly TimeProvider _clock;
    private readonly int _seed;
    private long _next;

    internal AmazonReports(Func<AmazonKnobs> knobs, ReportDocuments documents, TimeProvider clock, int seed)
    {
        _knobs = knobs;
        _documents = documents;
        _clock = clock;
        _seed = seed;
    }

    /// <summary>Every report, oldest first.</summary>
    public IReadOnlyList<AmazonReport> All => [.. _reports.Values.OrderBy(r => r.CreatedTime).ThenBy(r => r.ReportId, StringComparer.Ordinal)];

    /// <summary>A report by id, or null.</summary>
    public AmazonReport? Find(string reportId) => _reports.GetValueOrDefault(reportId);

    internal AmazonReport? FindDocument(string documentId) => _byDocument.GetValueOrDefault(documentId);

    internal AmazonReport Create(string type, IReadOnlyList<string> marketplaces, DateTimeOffset start, DateTimeOffset end, string seller)
    {
        var n = Interlocked.Increment(ref _next);
        var id = (50_000_000_000L + (long)(SandboxHash.Of(_seed, SandboxHash.Stream("amazon/report"), n) % 1_000_000) * 1000 + n).ToString(CultureInfo.InvariantCulture);
        var report = new AmazonReport(id, type, marketplaces, start, end, _clock.GetUtcNow(), _knobs().FinalReportStatus, seller);
        _reports[id] = report;
        return report;
    }

    /// <summary>Counts a getReport call and moves the report on.</summary>
    internal void Poll(AmazonReport report)
    {
        lock (report)
        {
            report.Polls++;
            var knobs = _knobs();
            var status = report.ForcedStatus ?? (report.ProcessingStatus is "DONE" or "FATAL" or "CANCELLED" ? report.ProcessingStatus
                : knobs.HoldReports && report.Polls > knobs.ReportPollsPerStatus ? "IN_PROGRESS"
                : report.Polls <= knobs.ReportPollsPerStatus ? "IN_QUEUE"
                : report.Polls <= 2 * knobs.ReportPollsPerStatus ? "IN_PROGRESS"
                : report.FinalStatus);
            Move(report, status);
        }
    }

    /// <summary>Forces a report's state (null: back to following the polls). DONE makes its document.</summary>
    public void Force(AmazonReport report, string? status)
    {
        lock (report)
        {
            report.ForcedStatus = status;
            if (status is not null)
            {
                Move(report, status);
            }
        }
    }

    /// <summary>cancelReport: only a report still IN_QUEUE can be cancelled.</summary>
    internal bool Cancel(AmazonReport report)
    {
        lock (report)
        {
            if (report.ProcessingStatus != "IN_QUEUE" || report.ForcedStatus is not (null or "IN_QUEUE"))
            {
                return false;
            }

            report.ForcedStatus = "CANCELLED";
            Move(report, "CANCELLED");
            return true;
        }
    }

    private void Move(AmazonReport report, string status)
    {
        var now = _clock.GetUtcNow();
        if (status == "DONE" && report.ReportDocumentId is null)
        {
            var rows = _documents.CountRows(report);
            report.Rows = rows;
            if (rows == 0 && report.ForcedStatus is null)
            {
                status = "CANCELLED";
            }
            else
            {
                var gzipAbove = _knobs().GzipAboveRows;
                report.Compressed = gzipAbove >= 0 && rows > gzipAbove;
                var region = Marketplaces.Find(report.MarketplaceIds[0])?.Region ?? "na";
                report.ReportDocumentId = $"amzn1.spdoc.1.4.{region}.{report.ReportId}.T{SandboxHash.Mix((ulong)report.ReportId.GetHashCode(StringComparison.Ordinal) ^ (ulong)_seed) % 100_000_000}";
                _byDocument[report.ReportDocumentId] = report;
            }
        }

        // A report cancelled straight from the queue never started processing (the model's explicit cancellation); one
        // cancelled because its range had no data did, so a client can tell the two apart by processingStartTime.
        var cancelledInQueue = status == "CANCELLED" && report.ProcessingStartTime is null && report.ProcessingStatus is ("IN_QUEUE" or "CANCELLED") && report.Rows is null;
        if (status != "IN_QUEUE" && !cancelledInQueue)
        {
            report.ProcessingStartTime ??= now;
        }

        if (status is "DONE" or "FATAL" or "CANCELLED")
        {
            report.ProcessingEndTime ??= now;
        }

        report.ProcessingStatus = status;
    }
}

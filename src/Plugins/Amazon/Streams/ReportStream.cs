using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Mapping;
using Connectors.Plugins.Amazon.Marketplaces;
using Connectors.Plugins.Amazon.Reports;
using Connectors.PluginSdk.Sources;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// A stream read from one report type, one report per marketplace (each document is written in its first marketplace's
/// language, date format and charset). First every marketplace's report is requested over [through, now], each id
/// committed at once, so Amazon prepares them side by side and a restarted run polls the same reports; then, marketplace
/// by marketplace, each is polled and its document read in batches, each committing the rows consumed, and
/// <c>through</c> moves to the report's end. A report cancelled after it started had no data (Amazon cancels empty
/// reports): nothing to read. FATAL, or cancelled before it ran, fails the run once every marketplace has been tried,
/// and the next run requests a fresh report.
/// </summary>
internal sealed class ReportStream(
    string name,
    string reportType,
    Func<string[], Marketplace, RowMapping> map,
    AmazonApi api,
    ReportPoller poller,
    ReportDocumentReader documents,
    AmazonOptions options,
    TimeProvider time,
    ILogger logger)
{
    public string Name => name;

    public async IAsyncEnumerable<SourceBatch> RunAsync(AmazonCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Requested together, waited for one by one: the run waits about as long as the slowest report, not their sum.
        foreach (var marketplace in options.ResolvedMarketplaces)
        {
            var state = checkpoint.Marketplace(marketplace.Id);
            var now = time.GetUtcNow();
            var start = state.Through ?? options.StartDate ?? now.AddDays(-options.BackfillDays);
            if (state.Report is not null || start >= now)
            {
                continue;
            }

            var id = await api.CreateReportAsync(marketplace.Region, reportType, marketplace.Id, start, now, cancellationToken);
            state.Report = new PendingReport { Id = id, Start = start, End = now };
            logger.LogInformation("{Stream}: requested {ReportType} {Report} for {Marketplace} ({Start:u} to {End:u})",
                name, reportType, id, marketplace.CountryCode, start, now);
            yield return new SourceBatch { Checkpoint = checkpoint.Serialize() };
        }

        var failures = new List<string>();
        foreach (var marketplace in options.ResolvedMarketplaces)
        {
            var state = checkpoint.Marketplace(marketplace.Id);
            if (state.Report is not { } report)
            {
                continue;
            }

            var status = await poller.WaitAsync(marketplace.Region, report.Id, cancellationToken);
            if (status.ProcessingStatus == "DONE" && status.ReportDocumentId is { } document)
            {
                var batch = new SourceBatchBuilder();
                await foreach (var row in documents.RowsAsync(marketplace.Region, document, marketplace, report.Rows, cancellationToken))
                {
                    report.Rows++;
                    var mapped = map(row, marketplace);
                    batch.Add(mapped.Customer, mapped.Feedback, mapped.Reply, mapped.Problem is { } problem ? new SourceProblem($"report {report.Id} row {report.Rows}", problem) : null);
                    if (batch.Items >= options.BatchSize)
                    {
                        yield return batch.Build(checkpoint.Serialize());
                    }
                }

                logger.LogInformation("{Stream}: read {Rows} rows of report {Report} ({Marketplace})", name, report.Rows, report.Id, marketplace.CountryCode);
                state.Through = report.End;
                state.Report = null;
                yield return batch.Build(checkpoint.Serialize());
            }
            else if (status.ProcessingStatus == "CANCELLED" && status.ProcessingStartTime is not null)
            {
                logger.LogInformation("{Stream}: Amazon found no data for report {Report} ({Marketplace}, {Start:u} to {End:u}) and cancelled it",
                    name, report.Id, marketplace.CountryCode, report.Start, report.End);
                state.Through = report.End;
                state.Report = null;
                yield return new SourceBatch { Checkpoint = checkpoint.Serialize() };
            }
            else
            {
                failures.Add(status.ProcessingStatus == "FATAL"
                    ? $"report {report.Id} ({reportType}, {marketplace.CountryCode} {report.Start:u} to {report.End:u}) ended FATAL: Amazon could not produce it; the next run requests it again"
                    : $"report {report.Id} ({reportType}, {marketplace.CountryCode}) ended {status.ProcessingStatus} before it was processed (cancelled in Seller Central or by another application); the next run requests it again");
                state.Report = null;
                yield return new SourceBatch { Checkpoint = checkpoint.Serialize() };
            }
        }

        if (failures.Count > 0)
        {
            throw new ReportFailedException($"{name}: " + string.Join("; ", failures));
        }
    }
}

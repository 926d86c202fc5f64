using System.Globalization;
using System.IO.Compression;
using System.Text;
using Connectors.Sandbox.Amazon.Data;

namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>
/// Writes report documents as tab-separated text in the marketplace's character set, generated row by row from the
/// orders placed in and before the data range (nothing is kept in memory), optionally GZIP-compressed.
/// </summary>
internal sealed class ReportDocuments(AmazonOrders orders, FeedbackAndReturns events)
{
    // Feedback and returns follow delivery by at most about 25 days, delivery the purchase by about 6.
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(40);

    public long CountRows(AmazonReport report) => report.ReportType == ReportTypes.SellerFeedback
        ? Feedback(report).LongCount()
        : Returns(report).LongCount();

    /// <summary>The marketplace whose language, dates and character set the document uses.</summary>
    public static Marketplace LayoutOf(AmazonReport report) => Marketplaces.Find(report.MarketplaceIds[0]) ?? Marketplaces.US;

    public async Task WriteAsync(AmazonReport report, Stream output, CancellationToken ct)
    {
        var marketplace = LayoutOf(report);
        // Kestrel allows no synchronous writes: every flush and the gzip trailer are written asynchronously.
        var gzip = report.Compressed ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true) : null;
        var writer = new StreamWriter(gzip ?? output, marketplace.Encoding, 64 * 1024, leaveOpen: true);
        await using (writer)
        {
            if (report.ReportType == ReportTypes.SellerFeedback)
            {
                await writer.WriteAsync(string.Join('\t', FeedbackHeaders.For(marketplace.Language)) + "\n");
                foreach (var row in Feedback(report))
                {
                    ct.ThrowIfCancellationRequested();
                    await writer.WriteAsync(FeedbackLine(row, marketplace));
                }
            }
            else
            {
                await writer.WriteAsync(string.Join('\t', FeedbackHeaders.Returns) + "\n");
                foreach (var row in Returns(report))
                {
                    ct.ThrowIfCancellationRequested();
                    await writer.WriteAsync(ReturnLine(row));
                }
            }

            await writer.FlushAsync(ct);
        }

        if (gzip is not null)
        {
            await gzip.DisposeAsync();
        }
    }

    private IEnumerable<SellerFeedbackRow> Feedback(AmazonReport report) =>
        OrdersFor(report, n => events.Rating(n) is >= 1 and <= 3).Select(events.Feedback)
            .Where(f => f is { Rating: <= 3 } && f.Date >= report.DataStartTime && f.Date <= report.DataEndTime)!;

    private IEnumerable<CustomerReturnRow> Returns(AmazonReport report) =>
        OrdersFor(report, events.Returned).Select(events.Return)
            .Where(r => r is not null && r.ReturnDate >= report.DataStartTime && r.ReturnDate <= report.DataEndTime)!;

    private IEnumerable<AmazonOrder> OrdersFor(AmazonReport report, Func<long, bool> candidate) =>
        orders.PlacedBetween(report.DataStartTime - Lookback, report.DataEndTime, candidate)
            .Where(o => report.MarketplaceIds.Contains(o.Marketplace.Id));

    private static string FeedbackLine(SellerFeedbackRow row, Marketplace marketplace) =>
        string.Join('\t',
            row.Date.UtcDateTime.ToString(marketplace.DateFormat, CultureInfo.InvariantCulture),
            row.Rating.ToString(CultureInfo.InvariantCulture),
            Clean(row.Comments),
            Clean(row.Response),
            row.Order.AmazonOrderId,
            row.RaterEmail) + "\n";

    private static string ReturnLine(CustomerReturnRow row) =>
        string.Join('\t',
            row.ReturnDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            row.Order.AmazonOrderId,
            row.Line.Product.Sku,
            row.Line.Product.Asin,
            row.Line.Product.Fnsku,
            Clean(row.Line.Product.Title),
            "1",
            row.FulfillmentCenterId,
            row.DetailedDisposition,
            row.Reason,
            row.Status,
            row.LicensePlateNumber,
            Clean(row.CustomerComments)) + "\n";

    // A tab or line break inside a value would shift the columns; Amazon's flat files have none.
    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>The Content-Type of a document download: its character set, as S3 serves it.</summary>
    public static string ContentType(AmazonReport report) => "text/plain; charset=" + LayoutOf(report).CharsetName;

    public static Encoding EncodingOf(AmazonReport report) => LayoutOf(report).Encoding;
}

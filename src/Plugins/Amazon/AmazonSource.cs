using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Auth;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Mapping;
using Connectors.Plugins.Amazon.Reports;
using Connectors.Plugins.Amazon.ReviewRequests;
using Connectors.Plugins.Amazon.Streams;
using Connectors.Plugins.Amazon.Throttling;

namespace Connectors.Plugins.Amazon;

/// <summary>
/// Reads one seller's <c>orders</c> (buyers with their order ids), <c>seller_feedback</c> and <c>returns</c> (from
/// reports, one per marketplace) and <c>review_topics</c> (Customer Feedback API) through the Selling Partner API, on
/// the usage plans it shares with every other job of the host that uses the same seller authorisation; and sends the
/// review requests (solicitations) the host queues from the orders it offered.
/// </summary>
public sealed class AmazonSource : ISourceConnector, IReviewRequestTarget
{
    /// <summary>The seller feedback stream.</summary>
    public const string SellerFeedbackStream = "seller_feedback";

    /// <summary>The customer returns stream.</summary>
    public const string ReturnsStream = "returns";

    private const string SellerFeedbackReport = "GET_SELLER_FEEDBACK_DATA";
    private const string ReturnsReport = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA";

    private readonly AmazonOptions _options;
    private readonly LwaClient _lwa;
    private readonly OrdersStream _orders;
    private readonly ReviewTopicsStream _topics;
    private readonly Dictionary<string, ReportStream> _reports;
    private readonly ReviewSolicitations _solicitations;

    /// <summary>Creates the source for one connector instance, drawing on the seller's shared usage plans (one bucket per operation).</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="AmazonOptions"/>.</exception>
    internal AmazonSource(IConnectorContext context, IReadOnlyDictionary<string, RateBudget> budgets)
    {
        _options = context.GetOptions<AmazonOptions>();
        var options = _options;
        var time = context.TimeProvider;
        _lwa = new LwaClient(context.HttpClient, options, time, context.Logger);
        var client = new SpApiClient(
            context.HttpClient, options, _lwa, operation => budgets[operation], time, context.Logger);
        var api = new AmazonApi(client);
        var poller = new ReportPoller(api, options, time, context.Logger);
        var documents = new ReportDocumentReader(context.HttpClient, api, time, context.Logger);
        _orders = new OrdersStream(api, options, time, context.Logger);
        _topics = new ReviewTopicsStream(api, options, time, context.Logger);
        _solicitations = new ReviewSolicitations(api, time, context.Logger);
        _reports = new Dictionary<string, ReportStream>(StringComparer.Ordinal)
        {
            [SellerFeedbackStream] = new(SellerFeedbackStream, SellerFeedbackReport, SellerFeedbackMapper.Map, api, poller, documents, options, time, context.Logger),
            [ReturnsStream] = new(ReturnsStream, ReturnsReport, (row, _) => ReturnMapper.Map(row), api, poller, documents, options, time, context.Logger),
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Streams => StreamNames;

    /// <summary>The streams, as the manifest declares them.</summary>
    internal static IReadOnlyList<string> StreamNames { get; } = [OrdersStream.StreamName, SellerFeedbackStream, ReturnsStream, ReviewTopicsStream.StreamName];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _lwa.GetAsync(cancellationToken);
            var marketplaces = string.Join(", ", _options.ResolvedMarketplaces.Select(m => $"{m.CountryCode} ({m.Region.ToUpperInvariant()})"));
            return CheckResult.Success($"Login with Amazon accepted the seller's refresh token; marketplaces {marketplaces}");
        }
        catch (AmazonApiException ex)
        {
            return CheckResult.Failure(ex.Message);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream is not one of <see cref="Streams"/>.</exception>
    /// <exception cref="InvalidOperationException">The checkpoint is not one this source wrote.</exception>
    public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken)
    {
        // Checked before enumeration starts, so a wrong call fails where it is made.
        if (!Streams.Contains(stream, StringComparer.Ordinal))
        {
            throw new ArgumentException($"amazon has the streams {string.Join(", ", Streams)}, not '{stream}'.", nameof(stream));
        }

        var parsed = AmazonCheckpoint.Parse(checkpoint);
        return stream switch
        {
            OrdersStream.StreamName => _orders.RunAsync(parsed, cancellationToken),
            ReviewTopicsStream.StreamName => _topics.RunAsync(parsed, cancellationToken),
            _ => _reports[stream].RunAsync(parsed, cancellationToken),
        };
    }

    /// <inheritdoc />
    public Task<SinkItemResult> RequestReviewAsync(ReviewRequest request, CancellationToken cancellationToken) =>
        _solicitations.SendAsync(request, cancellationToken);
}

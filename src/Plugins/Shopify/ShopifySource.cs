using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Bulk;
using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Streams;
using Connectors.Plugins.Shopify.Throttling;
using Connectors.Plugins.Shopify.Webhooks;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify;

/// <summary>
/// Reads the <c>customers</c> and <c>orders</c> streams of one shop through the Admin GraphQL API (bulk operations
/// for backfills, paging by <c>updatedAt</c> for increments) and turns its webhooks into the same records.
/// </summary>
public sealed class ShopifySource : ISourceConnector, IWebhookSource
{
    private readonly IConnectorContext _context;
    private readonly ShopifyOptions _options;
    private readonly ShopifyApi _api;
    private readonly StreamRunner _runner;
    private readonly WebhookParser _webhooks;
    private readonly Dictionary<string, ShopifyStream> _streams;

    /// <summary>Creates the source for one connector instance, drawing on the shop's shared throttle budget.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="ShopifyOptions"/>.</exception>
    public ShopifySource(IConnectorContext context, ThrottleBudget budget)
    {
        _context = context;
        _options = context.GetOptions<ShopifyOptions>();
        var client = new ShopifyGraphQLClient(context.HttpClient, _options, budget, context.TimeProvider, context.Logger);
        _api = new ShopifyApi(client, ShopifyApiVersion.Parse(_options.ApiVersion));
        var bulk = new BulkBackfill(
            _api,
            new BulkOperationRunner(_api, _options, context.TimeProvider, context.Logger),
            new BulkResultDownloader(context.HttpClient, new BulkLineParser(_options.ShopHandle)),
            _options,
            context.TimeProvider,
            context.Logger);
        var pager = new IncrementalPager(_api, _options, context.TimeProvider, context.Logger);
        _runner = new StreamRunner(bulk, pager, _options, context.TimeProvider, context.Logger);
        _webhooks = new WebhookParser(_options.ShopHandle);
        _streams = new Dictionary<string, ShopifyStream>(StringComparer.Ordinal)
        {
            [CustomersStream.StreamName] = new CustomersStream(),
            [OrdersStream.StreamName] = new OrdersStream(_options.ShopHandle),
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Streams => StreamNames;

    /// <summary>The streams, as the manifest declares them.</summary>
    internal static IReadOnlyList<string> StreamNames { get; } = [CustomersStream.StreamName, OrdersStream.StreamName];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var name = await _api.ShopNameAsync(cancellationToken);
            return CheckResult.Success($"connected to {name ?? _options.ShopDomain} ({_options.ShopDomain}), Admin API {_options.ApiVersion}");
        }
        catch (ShopifyApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            return CheckResult.Failure(
                $"the access token was refused by {_options.ShopDomain}; create an Admin API access token with read_customers and " +
                "read_orders scopes (Settings > Apps > Develop apps > your app > API credentials) and set accessToken to it, " +
                "for example as ${env:SHOPIFY_TOKEN}");
        }
        catch (ShopifyApiException ex)
        {
            return CheckResult.Failure(ex.Message);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The stream is not <c>customers</c> or <c>orders</c>.</exception>
    /// <exception cref="InvalidOperationException">The checkpoint is not one this source wrote.</exception>
    public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken)
    {
        // Checked before enumeration starts, so a wrong call fails where it is made.
        if (!_streams.TryGetValue(stream, out var definition))
        {
            throw new ArgumentException($"shopify has the streams {string.Join(", ", Streams)}, not '{stream}'.", nameof(stream));
        }

        return _runner.RunAsync(definition, ShopifyCheckpoint.Parse(checkpoint), cancellationToken);
    }

    /// <inheritdoc />
    public bool Verify(WebhookRequest request)
    {
        if (string.IsNullOrEmpty(_options.WebhookSecret))
        {
            _context.Logger.LogError("Refused a Shopify webhook for {Connector}: set webhookSecret to the app's client secret to accept webhooks", _context.ConnectorName);
            return false;
        }

        return WebhookVerifier.Verify(request, _options.WebhookSecret);
    }

    /// <inheritdoc />
    public string? DeliveryId(WebhookRequest request) => WebhookHeaders.Get(request, WebhookHeaders.WebhookId);

    /// <inheritdoc />
    public SourceBatch Parse(WebhookRequest request) => _webhooks.Parse(request);
}

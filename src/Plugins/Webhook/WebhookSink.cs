using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Client;
using Connectors.Plugins.Webhook.Pacing;
using Connectors.Plugins.Webhook.Push;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Webhook;

/// <summary>
/// Posts every item (an alert, a feedback item with its customer, a customer) to one URL as JSON: the documented
/// envelope, a Slack or Teams message, or a Liquid template's output; signed with HMAC-SHA256 when a secret is set.
/// One POST per item and a result per item: a refused item fails alone, a 429 holds the URL's later posts until its
/// <c>Retry-After</c>.
/// </summary>
public sealed class WebhookSink : ISinkConnector
{
    private readonly IConnectorContext _context;
    private readonly WebhookClient _client;
    private readonly ItemPusher _pusher;

    /// <summary>Creates the sink for one connector instance, drawing on the URL's shared posting budget.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="WebhookOptions"/>.</exception>
    public WebhookSink(IConnectorContext context, RequestPacer pacer)
    {
        _context = context;
        var options = context.GetOptions<WebhookOptions>();
        _client = new WebhookClient(context.HttpClient, options, context.TimeProvider);
        _pusher = new ItemPusher(_client, new BodyRenderer(options), pacer, context.TimeProvider, options.Secret is not null, context.ConnectorName);

        // The dispatcher's permit is per push; the real pacing is per POST, in the URL's shared pacer.
        Limits = new SinkLimits(options.BatchSize, options.RequestsPerMinute, TimeSpan.FromMinutes(1));
    }

    /// <inheritdoc />
    public SinkLimits Limits { get; }

    /// <summary>
    /// Sends a HEAD request: any HTTP answer means the receiver is reachable. Nothing is delivered (a test message would
    /// land in a real Slack channel), so whether the receiver takes the body and the signature shows with the first item.
    /// </summary>
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var answer = await _client.HeadAsync(cancellationToken);
        return answer.Problem is { } problem
            ? CheckResult.Failure($"{problem}; check url and that the receiver is running")
            : CheckResult.Success($"the receiver at {_client.Where} answers (HEAD: {answer.Status}); nothing was delivered, the first item tests the body and signature");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
    {
        var results = new List<SinkItemResult>(batch.Count);
        foreach (var item in batch)
        {
            var result = await _pusher.PushAsync(item, cancellationToken);
            if (result.Outcome != SinkOutcome.Done)
            {
                // The error names the receiver by scheme, host and port only; the URL's path and the secret never reach a log.
                _context.Logger.LogDebug("Webhook {Connector}: {Key} {Outcome}: {Error}", _context.ConnectorName, item.IdempotencyKey, result.Outcome, result.Error);
            }

            results.Add(result);
        }

        return results;
    }
}

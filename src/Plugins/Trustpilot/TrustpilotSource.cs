using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Auth;
using Connectors.Plugins.Trustpilot.Client;
using Connectors.Plugins.Trustpilot.Replies;
using Connectors.Plugins.Trustpilot.Streams;
using Connectors.Plugins.Trustpilot.Throttling;

namespace Connectors.Plugins.Trustpilot;

/// <summary>
/// Reads one business unit's <c>service_reviews</c> and <c>product_reviews</c> through Trustpilot's private API, on the
/// call budget it shares with every other job of the host that uses the same API key; and posts the business's replies.
/// </summary>
public sealed class TrustpilotSource : ISourceConnector, IReplyTarget
{
    private readonly TokenClient _tokens;
    private readonly BusinessUnit _unit;
    private readonly ServiceReviewsStream _service;
    private readonly ProductReviewsStream _products;
    private readonly ReviewReplies _replies;

    /// <summary>Creates the source for one connector instance, drawing on the API key's shared budget.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="TrustpilotOptions"/>.</exception>
    internal TrustpilotSource(IConnectorContext context, CallBudget budget)
    {
        var options = context.GetOptions<TrustpilotOptions>();
        var time = context.TimeProvider;
        _tokens = new TokenClient(context.HttpClient, options, budget, time, context.Logger);
        var api = new TrustpilotApi(new TrustpilotClient(context.HttpClient, options, _tokens, budget, time, context.Logger));
        _unit = new BusinessUnit(api, options);
        _service = new ServiceReviewsStream(api, _unit, options, time);
        _products = new ProductReviewsStream(api, _unit, options, time);
        _replies = new ReviewReplies(api, options, time);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Streams => StreamNames;

    /// <summary>The streams, as the manifest declares them.</summary>
    internal static IReadOnlyList<string> StreamNames { get; } = [ServiceReviewsStream.StreamName, ProductReviewsStream.StreamName];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _tokens.GetAsync(cancellationToken);
            var id = await _unit.IdAsync(cancellationToken);
            return CheckResult.Success($"Trustpilot accepted the application's credentials; business unit {id}");
        }
        catch (TrustpilotApiException ex)
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
            throw new ArgumentException($"trustpilot has the streams {string.Join(", ", Streams)}, not '{stream}'.", nameof(stream));
        }

        var parsed = TrustpilotCheckpoint.Parse(checkpoint);
        return stream == ServiceReviewsStream.StreamName ? _service.RunAsync(parsed, cancellationToken) : _products.RunAsync(parsed, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string> ReplyAsync(string sourceId, string text, CancellationToken cancellationToken) => _replies.PostAsync(sourceId, text, cancellationToken);

    /// <inheritdoc />
    public Task<SinkItemResult> PostReplyAsync(ReplyRequest reply, CancellationToken cancellationToken) => _replies.PostAsync(reply, cancellationToken);
}

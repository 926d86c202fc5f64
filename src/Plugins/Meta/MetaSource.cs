using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Replies;
using Connectors.Plugins.Meta.Streams;
using Connectors.Plugins.Meta.Webhooks;

namespace Connectors.Plugins.Meta;

/// <summary>
/// One WhatsApp number, Messenger Page or Instagram account: its customers' messages by webhook (signed with the app
/// secret, the callback URL checked with the verify token), the <c>conversations</c> history that heals what webhooks
/// missed (not on WhatsApp), and the business's answers in the customer's thread.
/// </summary>
public sealed class MetaSource : ISourceConnector, IWebhookSource, IWebhookChallenge, IReplyTarget
{
    private readonly MetaOptions _options;
    private readonly GraphClient _graph;
    private readonly WebhookParser _parser;
    private readonly ConversationsStream _conversations;
    private readonly MetaReplies _replies;

    /// <summary>Creates the source for one connector instance.</summary>
    /// <exception cref="InvalidOperationException">The options are not <see cref="MetaOptions"/>.</exception>
    internal MetaSource(IConnectorContext context)
    {
        _options = context.GetOptions<MetaOptions>();
        _graph = new GraphClient(context.HttpClient, _options, context.TimeProvider, context.Logger);
        _parser = new WebhookParser(_options);
        _conversations = new ConversationsStream(_graph, _options, context.TimeProvider, context.Logger);
        _replies = new MetaReplies(_graph, _options, context.TimeProvider);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Streams => StreamNames;

    /// <summary>The streams, as the manifest declares them.</summary>
    internal static IReadOnlyList<string> StreamNames { get; } = [ConversationsStream.StreamName];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            var fields = _options.Kind switch
            {
                MetaChannelKind.WhatsApp => "id,display_phone_number,verified_name",
                MetaChannelKind.Instagram => "id,username",
                _ => "id,name",
            };
            using var node = await _graph.GetAsync($"{_options.AccountId}?fields={fields}", cancellationToken);
            var root = node.RootElement;
            var name = root.Text("name") ?? root.Text("username") ?? root.Text("display_phone_number") ?? _options.AccountId;
            return CheckResult.Success($"Graph accepted the access token; {_options.Channel} {name} ({_options.AccountId})");
        }
        catch (GraphApiException ex)
        {
            return CheckResult.Failure($"Graph refused the check of {_options.Channel} {_options.AccountId}: {ex.Message}");
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
            throw new ArgumentException($"meta has the stream {string.Join(", ", Streams)}, not '{stream}'.", nameof(stream));
        }

        return _conversations.RunAsync(ConversationsCheckpoint.Parse(checkpoint), cancellationToken);
    }

    /// <inheritdoc />
    public bool Verify(WebhookRequest request) => SignatureVerifier.Verify(request, _options.AppSecret);

    /// <inheritdoc />
    /// <remarks>Meta sends no delivery id; records are keyed by message id, so a redelivery stores nothing new.</remarks>
    public string? DeliveryId(WebhookRequest request) => null;

    /// <inheritdoc />
    public SourceBatch Parse(WebhookRequest request) => _parser.Parse(request);

    /// <inheritdoc />
    public string? Answer(IReadOnlyDictionary<string, string> query) => VerifyTokenChallenge.Answer(query, _options.VerifyToken);

    /// <inheritdoc />
    public Task<string> ReplyAsync(string sourceId, string text, CancellationToken cancellationToken) => _replies.PostAsync(sourceId, text, cancellationToken);

    /// <inheritdoc />
    public Task<SinkItemResult> PostReplyAsync(ReplyRequest reply, CancellationToken cancellationToken) => _replies.PostAsync(reply, cancellationToken);
}

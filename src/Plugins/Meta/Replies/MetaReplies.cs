using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;

namespace Connectors.Plugins.Meta.Replies;

/// <summary>
/// Posts the business's answer to a customer message in its thread, from the message's feedback source id
/// (<c>{replyTo}/{message id}</c>, see <see cref="MetaKeys"/>).
/// </summary>
internal sealed class MetaReplies(GraphClient graph, MetaOptions options, TimeProvider time)
{
    private readonly MessagingReplies _messaging = new(graph, options, time);
    private readonly WhatsAppReplies _whatsApp = new(graph, options);

    public async Task<SinkItemResult> PostAsync(ReplyRequest reply, CancellationToken cancellationToken)
    {
        try
        {
            var (replyTo, answered) = Address(reply.SourceId);
            var id = options.Kind == MetaChannelKind.WhatsApp
                ? await _whatsApp.SendAsync(replyTo, answered, reply.Text, cancellationToken)
                : await _messaging.PostOnceAsync(replyTo, answered, reply.Text, cancellationToken);
            return SinkItemResult.Done(reply.IdempotencyKey, id);
        }
        catch (ReplyRefusedException refused)
        {
            return SinkItemResult.Failed(reply.IdempotencyKey, refused.Message);
        }
    }

    public Task<string> PostAsync(string sourceId, string text, CancellationToken cancellationToken)
    {
        var (replyTo, answered) = Address(sourceId);
        return options.Kind == MetaChannelKind.WhatsApp
            ? _whatsApp.SendAsync(replyTo, answered, text, cancellationToken)
            : _messaging.SendAsync(replyTo, text, null, cancellationToken);
    }

    private static (string ReplyTo, string Answered) Address(string sourceId) =>
        MetaKeys.TryParseFeedback(sourceId, out var replyTo, out var answered)
            ? (replyTo, answered)
            : throw new ReplyRefusedException($"'{sourceId}' is not a customer message this connector stored (its feedback ids are <customer>/<message id>)");
}

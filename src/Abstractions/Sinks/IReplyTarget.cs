namespace Connectors.Abstractions;

/// <summary>
/// A source connector that can post an answer back to where the feedback came from (a review reply, a message in
/// the customer's thread). The host posts each reply once, through its outbox, with retries and dead letters; declare
/// <see cref="PluginCapabilities.Reply"/> in the manifest.
/// </summary>
public interface IReplyTarget
{
    /// <summary>Posts <paramref name="text"/> as the answer to the feedback item or thread with <paramref name="sourceId"/>.</summary>
    /// <returns>The channel's id of the posted answer.</returns>
    /// <exception cref="ReplyRefusedException">The channel refuses it for good (the reply window closed, the review is gone).</exception>
    Task<string> ReplyAsync(string sourceId, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Posts one queued reply. The default posts through <see cref="ReplyAsync"/>: done with the channel's id, failed
    /// for good on <see cref="ReplyRefusedException"/>, anything else thrown is retried by the host. Override it to
    /// make a retry safe where the channel has no idempotency of its own: before posting again a reply whose answer
    /// was lost, look whether it is already there (<see cref="ReplyRequest.IdempotencyKey"/> is stable across retries).
    /// </summary>
    async Task<SinkItemResult> PostReplyAsync(ReplyRequest reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        try
        {
            return SinkItemResult.Done(reply.IdempotencyKey, await ReplyAsync(reply.SourceId, reply.Text, cancellationToken).ConfigureAwait(false));
        }
        catch (ReplyRefusedException refused)
        {
            return SinkItemResult.Failed(reply.IdempotencyKey, refused.Message);
        }
    }
}

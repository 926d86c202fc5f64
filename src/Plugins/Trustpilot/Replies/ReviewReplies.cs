using System.Net;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client;
using Connectors.Plugins.Trustpilot.Mapping;

namespace Connectors.Plugins.Trustpilot.Replies;

/// <summary>
/// Posts the business's answers: a service review's reply (one per review, so a repeat after a lost answer replaces
/// it with the same text), or a comment in a product review's conversation (opened once per review; a comment with
/// the same text already there is not posted again). A review that is gone is refused for good.
/// </summary>
internal sealed class ReviewReplies(TrustpilotApi api, TrustpilotOptions options, TimeProvider time)
{
    public async Task<SinkItemResult> PostAsync(ReplyRequest reply, CancellationToken cancellationToken)
    {
        try
        {
            return SinkItemResult.Done(reply.IdempotencyKey, await PostAsync(reply.SourceId, reply.Text, cancellationToken));
        }
        catch (ReplyRefusedException refused)
        {
            return SinkItemResult.Failed(reply.IdempotencyKey, refused.Message);
        }
        catch (TrustpilotApiException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)
        {
            return SinkItemResult.Failed(reply.IdempotencyKey, ex.Message);
        }
    }

    /// <summary>Posts the answer; returns the channel's id of it.</summary>
    public async Task<string> PostAsync(string sourceId, string text, CancellationToken cancellationToken)
    {
        try
        {
            if (sourceId.StartsWith(ConsumerKeys.ServiceReview(""), StringComparison.Ordinal))
            {
                var reviewId = sourceId[ConsumerKeys.ServiceReview("").Length..];
                var author = options.ReplyAsBusinessUserId
                    ?? throw new ReplyRefusedException("set replyAsBusinessUserId in the connector's options: Trustpilot posts a service review's reply as a business user");
                await api.ReplyToServiceReviewAsync(reviewId, author, text, time.GetUtcNow(), cancellationToken);
                return reviewId + "/reply";
            }

            if (sourceId.StartsWith(ConsumerKeys.ProductReview(""), StringComparison.Ordinal))
            {
                var conversation = await api.OpenConversationAsync(sourceId[ConsumerKeys.ProductReview("").Length..], cancellationToken);
                var same = (await api.CommentsAsync(conversation, cancellationToken)).FirstOrDefault(c => string.Equals(c.Content, text, StringComparison.Ordinal));
                return same.Id is { Length: > 0 } posted ? posted : await api.CommentAsync(conversation, text, options.IntegrationId, cancellationToken);
            }
        }
        catch (TrustpilotApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new ReplyRefusedException($"Trustpilot has no review {sourceId} any more (deleted, or not this business unit's): {ex.Message}", ex);
        }

        throw new ReplyRefusedException($"'{sourceId}' is not a Trustpilot review this connector stored (review:… or product-review:…)");
    }
}

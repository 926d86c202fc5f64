using System.Net;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Marketplaces;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.ReviewRequests;

/// <summary>
/// Sends one order's <c>productReviewAndSellerFeedback</c> solicitation: asks Amazon first whether it offers the action
/// (only in the window, once per order), then sends it. A refusal after a lost answer is told apart from a real one by
/// asking again: an action Amazon offered a moment ago and offers no more was taken by the earlier attempt.
/// </summary>
internal sealed class ReviewSolicitations(AmazonApi api, TimeProvider time, ILogger logger)
{
    public async Task<SinkItemResult> SendAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        var key = request.IdempotencyKey;
        if (!request.Context.TryGetValue(SolicitationWindow.MarketplaceKey, out var marketplaceId) || KnownMarketplaces.Find(marketplaceId) is not { } marketplace)
        {
            return SinkItemResult.Failed(key, $"the request names no known marketplace ('{SolicitationWindow.MarketplaceKey}' in its context), so Amazon cannot be asked");
        }

        var region = marketplace.Region;
        try
        {
            if (!await api.OffersReviewSolicitationAsync(region, request.OrderId, marketplace.Id, cancellationToken))
            {
                return NotOffered(request);
            }

            try
            {
                await api.SendReviewSolicitationAsync(region, request.OrderId, marketplace.Id, cancellationToken);
            }
            catch (AmazonApiException refused) when (refused.StatusCode == HttpStatusCode.Forbidden)
            {
                if (await api.OffersReviewSolicitationAsync(region, request.OrderId, marketplace.Id, cancellationToken))
                {
                    return SinkItemResult.Failed(key, refused.Message);
                }

                logger.LogInformation("Review request for {Order}: Amazon refused a repeat of a request whose answer was lost; it was sent", request.OrderId);
            }

            return SinkItemResult.Done(key, request.OrderId);
        }
        catch (AmazonApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            return SinkItemResult.Failed(key, ex.Message);
        }
        catch (AmazonApiException ex)
        {
            // Throttled past its waits, 5xx past its retries, a token that would not refresh: the outbox tries again later.
            return SinkItemResult.Retry(key, ex.Message);
        }
    }

    private SinkItemResult NotOffered(ReviewRequest request)
    {
        var now = time.GetUtcNow();
        if (now < request.OpensAt)
        {
            return SinkItemResult.Retry(request.IdempotencyKey, $"Amazon's window opens {request.OpensAt:u}", request.OpensAt - now);
        }

        return now > request.ClosesAt
            ? SinkItemResult.Skipped(request.IdempotencyKey, $"Amazon's window closed {request.ClosesAt:u} (5-30 days after delivery)")
            : SinkItemResult.Skipped(request.IdempotencyKey,
                "Amazon does not offer a review request for this order: it was already asked (in Seller Central or by another tool), or the order is no longer eligible");
    }
}

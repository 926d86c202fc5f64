namespace Connectors.Abstractions;

/// <summary>
/// A source connector that can ask a buyer to review an order on its channel (Amazon's review solicitation). The host
/// queues the requests from the <see cref="SourceBatch.ReviewRequests"/> the source offered and sends each through its
/// outbox, with retries and dead letters; declare <see cref="PluginCapabilities.ReviewRequests"/> in the manifest.
/// </summary>
public interface IReviewRequestTarget
{
    /// <summary>Sends one review request.</summary>
    /// <returns>
    /// <see cref="SinkOutcome.Done"/> once the channel took it (or already had it: an earlier attempt whose answer was
    /// lost); <see cref="SinkOutcome.Skipped"/> when the channel no longer offers it (asked elsewhere, order not
    /// eligible); <see cref="SinkOutcome.Retry"/> for a passing failure; <see cref="SinkOutcome.Failed"/> when refused for good.
    /// </returns>
    Task<SinkItemResult> RequestReviewAsync(ReviewRequest request, CancellationToken cancellationToken);
}

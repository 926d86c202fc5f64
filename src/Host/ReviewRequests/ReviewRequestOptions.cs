using System.ComponentModel.DataAnnotations;

namespace Connectors.Host.ReviewRequests;

/// <summary>
/// A connector's <c>reviewRequests</c> section: whether the host asks buyers of the orders the source offers for a
/// review (once per order, through the outbox), and when it holds a request back. Off unless configured.
/// </summary>
public sealed class ReviewRequestOptions
{
    /// <summary>Send review requests for this connector's orders.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A buyer who left negative feedback on any channel in this many days before the request is due is not asked
    /// (the request is skipped with the reason); 0 asks everyone.
    /// </summary>
    [Range(0, 365, ErrorMessage = "must be between 0 (ask everyone) and 365 days")]
    public int HoldAfterNegativeDays { get; set; } = 30;
}

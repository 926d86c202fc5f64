namespace Connectors.Abstractions;

/// <summary>
/// A page of records in the common schema and the checkpoint that is true once they are stored.
/// The host commits the records and the checkpoint together (batches that arrive back to back may share a transaction).
/// </summary>
public sealed record SourceBatch
{
    /// <summary>Customers in this page.</summary>
    public IReadOnlyList<CustomerRecord> Customers { get; init; } = [];

    /// <summary>Feedback items in this page.</summary>
    public IReadOnlyList<FeedbackRecord> Feedback { get; init; } = [];

    /// <summary>Messages in this page.</summary>
    public IReadOnlyList<MessageRecord> Messages { get; init; } = [];

    /// <summary>
    /// Orders of this page the channel lets the seller ask a review for (sources that are an <see cref="IReviewRequestTarget"/>);
    /// the host ignores them unless the connector's configuration turns review requests on.
    /// </summary>
    public IReadOnlyList<ReviewRequestOffer> ReviewRequests { get; init; } = [];

    /// <summary>Input items skipped in this page.</summary>
    public IReadOnlyList<SourceProblem> Problems { get; init; } = [];

    /// <summary>
    /// The opaque cursor to resume after this page, handed back to <see cref="ISourceConnector.ReadAsync"/>
    /// on the next run; <c>null</c> leaves the stored checkpoint as it was.
    /// </summary>
    public string? Checkpoint { get; init; }

    /// <summary>How many records the batch carries.</summary>
    public int RecordCount => Customers.Count + Feedback.Count + Messages.Count;
}

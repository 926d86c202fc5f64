namespace Connectors.Abstractions;

/// <summary>
/// An order its channel lets the seller ask a review for, and when: what a source that can send review requests
/// (<see cref="IReviewRequestTarget"/>) reports beside the order's buyer. The host queues one request per order, and
/// only for connectors whose configuration turns review requests on.
/// </summary>
public sealed record ReviewRequestOffer
{
    /// <summary>The channel's order id.</summary>
    public required string OrderId { get; init; }

    /// <summary>The buyer's <see cref="CustomerRecord.SourceId"/>, when the same batch carries the buyer.</summary>
    public string? CustomerSourceId { get; init; }

    /// <summary>The first moment the channel accepts the request (Amazon: 5 days after the earliest delivery date).</summary>
    public required DateTimeOffset OpensAt { get; init; }

    /// <summary>The last moment the channel accepts it (Amazon: 30 days after the latest delivery date).</summary>
    public required DateTimeOffset ClosesAt { get; init; }

    /// <summary>What the source needs back to send it (for example the order's marketplace); kept by the host as given.</summary>
    public IReadOnlyDictionary<string, string> Context { get; init; } = new Dictionary<string, string>();
}

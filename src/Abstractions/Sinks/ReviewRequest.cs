namespace Connectors.Abstractions;

/// <summary>One queued review request, handed to its <see cref="IReviewRequestTarget"/> when it is due.</summary>
public sealed record ReviewRequest
{
    /// <summary>Stable across retries: one per connector and order.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The channel's order id, as the source offered it.</summary>
    public required string OrderId { get; init; }

    /// <summary>The window the source gave (<see cref="ReviewRequestOffer.OpensAt"/>, <see cref="ReviewRequestOffer.ClosesAt"/>).</summary>
    public required DateTimeOffset OpensAt { get; init; }

    /// <summary>The end of the window the source gave.</summary>
    public required DateTimeOffset ClosesAt { get; init; }

    /// <summary>The <see cref="ReviewRequestOffer.Context"/> the source gave with the offer.</summary>
    public IReadOnlyDictionary<string, string> Context { get; init; } = new Dictionary<string, string>();

    /// <summary>The order's buyer as the host knows them (unified across channels), when known.</summary>
    public CustomerRecord? Customer { get; init; }
}

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// One order as the emulator holds it. Seeded orders are a pure function of (seed, ordinal); orders added or changed
/// through the control API are stored.
/// </summary>
public sealed record AmazonOrder
{
    /// <summary>Position in the emulator's order sequence (seeded orders in purchase order, then added ones).</summary>
    public required long Ordinal { get; init; }

    /// <summary>The 3-7-7 order id (<c>114-0000123-4567890</c>).</summary>
    public required string AmazonOrderId { get; init; }

    /// <summary>Where it was placed.</summary>
    public required Marketplace Marketplace { get; init; }

    /// <summary>Index of the buyer in the sandbox's people (<c>SandboxPeople.Get</c>).</summary>
    public required long BuyerIndex { get; init; }

    /// <summary>When it was placed.</summary>
    public required DateTimeOffset PurchaseDate { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset LastUpdateDate { get; init; }

    /// <summary>Its state.</summary>
    public required AmazonOrderStatus Status { get; init; }

    /// <summary>True when fulfilled by Amazon (AFN), false when by the merchant (MFN).</summary>
    public required bool FulfilledByAmazon { get; init; }

    /// <summary>Prime order.</summary>
    public required bool IsPrime { get; init; }

    /// <summary>The items.</summary>
    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>When it was shipped, if it was.</summary>
    public DateTimeOffset? ShippedAt { get; init; }

    /// <summary>When it arrived (the carrier's delivery scan), if it was shipped.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Earliest promised delivery date.</summary>
    public required DateTimeOffset EarliestDeliveryDate { get; init; }

    /// <summary>Latest promised delivery date.</summary>
    public required DateTimeOffset LatestDeliveryDate { get; init; }

    /// <summary>Sum of the items' prices.</summary>
    public decimal Total => Lines.Sum(l => l.Product.Price * l.Quantity);

    /// <summary>
    /// The review-request window: from 5 days after the earliest delivery date to 30 days after the latest, for shipped
    /// orders only (Solicitations API docs).
    /// </summary>
    public bool InSolicitationWindow(DateTimeOffset now) =>
        Status == AmazonOrderStatus.Shipped && now >= EarliestDeliveryDate.AddDays(5) && now <= LatestDeliveryDate.AddDays(30);
}

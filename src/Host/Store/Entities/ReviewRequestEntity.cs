namespace Connectors.Host.Store.Entities;

/// <summary>
/// An order a source offered for a review request, with the channel's window and what the source needs to send it;
/// one per connector and order. Whether it was sent, skipped or refused is its outbox item's state.
/// </summary>
public sealed class ReviewRequestEntity
{
    public required string Connector { get; set; }

    public required string OrderId { get; set; }

    /// <summary>The order's normalised key, the one <c>customer_orders</c> joins the buyer by.</summary>
    public string? OrderKey { get; set; }

    /// <summary>The buyer's record at the source (<c>customer_sources.source_id</c>), when the source named it.</summary>
    public string? CustomerSourceId { get; set; }

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>The source's context for the request, as a JSON object of strings.</summary>
    public required string Context { get; set; }

    public DateTimeOffset OfferedAt { get; set; }
}

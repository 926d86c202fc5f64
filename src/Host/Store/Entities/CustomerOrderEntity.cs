namespace Connectors.Host.Store.Entities;

/// <summary>
/// An order a source linked to a customer, by its normalised key: what joins a survey answer that names only its
/// order, or a marketplace buyer, to the customer who placed it, whichever connector stored the order.
/// </summary>
public sealed class CustomerOrderEntity
{
    public required string OrderKey { get; set; }

    public long CustomerId { get; set; }

    public required string SourceInstance { get; set; }

    /// <summary>The customer record (its source id) that carried the order.</summary>
    public required string SourceId { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
}

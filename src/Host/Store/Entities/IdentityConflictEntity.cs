namespace Connectors.Host.Store.Entities;

/// <summary>
/// A pair held apart for an operator to review: a record's key pointed at another customer, but the two disagree (a
/// shared household phone, an order bought as a gift), so the record did not join it.
/// </summary>
public sealed class IdentityConflictEntity
{
    public long Id { get; set; }

    /// <summary>The customer the record went to.</summary>
    public long CustomerId { get; set; }

    /// <summary>The customer the key pointed at.</summary>
    public long OtherCustomerId { get; set; }

    /// <summary>The key's kind: <c>phone</c>, <c>order</c>, <c>link</c>, <c>email</c>.</summary>
    public required string KeyKind { get; set; }

    public required string KeyValue { get; set; }

    /// <summary>Why they were not joined.</summary>
    public required string Reason { get; set; }

    public required string SourceInstance { get; set; }

    public required string SourceId { get; set; }

    /// <summary><c>open</c>, <c>merged</c> or <c>kept_apart</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

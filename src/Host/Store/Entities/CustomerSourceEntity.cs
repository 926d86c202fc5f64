namespace Connectors.Host.Store.Entities;

/// <summary>A customer record as one connector instance delivered it, linked to the unified customer it resolved to.</summary>
public sealed class CustomerSourceEntity
{
    public required string SourceInstance { get; set; }

    public required string SourceId { get; set; }

    public required string Channel { get; set; }

    public long CustomerId { get; set; }

    /// <summary>Why this record joined its customer: <c>new</c>, <c>email</c>, <c>order</c>, <c>phone</c>, <c>link</c> or <c>operator</c>.</summary>
    public required string MatchReason { get; set; }

    /// <summary>The value that matched, for example <c>email ada@example.com</c>; <c>null</c> for a new customer.</summary>
    public string? MatchEvidence { get; set; }

    /// <summary>Hash of the normalised record, to skip unchanged rows.</summary>
    public long ContentHash { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

namespace Connectors.Host.Store.Entities;

/// <summary>One identity of a customer on a channel: (channel, external id), for example (email, ada@example.com).</summary>
public sealed class CustomerIdentityEntity
{
    /// <summary>The row id; an identity is found by <see cref="KeyHash"/>, never by this.</summary>
    public long Id { get; set; }

    /// <summary>
    /// <see cref="IdentityKey"/> of channel and external id: what the identity is found by (unique). An identity whose
    /// key another identity already holds (about once in 10^12 pairs) has none, and is found by its texts instead.
    /// </summary>
    public long? KeyHash { get; set; }

    public required string Channel { get; set; }

    public required string ExternalId { get; set; }

    public long CustomerId { get; set; }

    /// <summary>The connector instance that first reported it.</summary>
    public required string SourceInstance { get; set; }

    /// <summary>The record (its source id at <see cref="SourceInstance"/>) that first reported it.</summary>
    public string? SourceId { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
}

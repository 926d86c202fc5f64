namespace Connectors.Host.Store.Entities;

/// <summary>One identity of a customer on a channel: (channel, external id), for example (email, ada@example.com).</summary>
public sealed class CustomerIdentityEntity
{
    public required string Channel { get; set; }

    public required string ExternalId { get; set; }

    public long CustomerId { get; set; }

    /// <summary>The connector instance that first reported it.</summary>
    public required string SourceInstance { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }
}

namespace Connectors.Host.Store.Entities;

/// <summary>An operator's decision that two customers are different people: no later sync merges them.</summary>
public sealed class CustomerSplitEntity
{
    /// <summary>The lower of the two ids.</summary>
    public long CustomerId { get; set; }

    /// <summary>The higher of the two ids.</summary>
    public long OtherCustomerId { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}

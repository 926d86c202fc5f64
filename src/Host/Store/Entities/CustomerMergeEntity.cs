namespace Connectors.Host.Store.Entities;

/// <summary>Two customers found to be one person and merged: the kept one, the one merged into it, and why.</summary>
public sealed class CustomerMergeEntity
{
    public long Id { get; set; }

    public long KeptCustomerId { get; set; }

    public long MergedCustomerId { get; set; }

    /// <summary>The key that showed they are one (<c>email</c>, <c>order</c>, <c>phone</c>, <c>link</c>) or <c>operator</c>.</summary>
    public required string Reason { get; set; }

    public string? Evidence { get; set; }

    /// <summary><c>sync</c> or <c>operator</c>.</summary>
    public required string DecidedBy { get; set; }

    public DateTimeOffset MergedAt { get; set; }
}

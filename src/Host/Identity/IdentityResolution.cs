using Connectors.Host.Store;

namespace Connectors.Host.Identity;

/// <summary>What resolving a batch's customers did.</summary>
internal sealed class IdentityResolution(int capacity)
{
    /// <summary>Each record's unified customer, by the record's source id.</summary>
    public Dictionary<string, long> CustomerIds { get; } = new(capacity, StringComparer.Ordinal);

    /// <summary>The customers new or changed by the batch (for the CRM).</summary>
    public HashSet<long> Changed { get; } = [];

    /// <summary>The records inserted, updated and unchanged.</summary>
    public WriteCounts Counts { get; set; }

    /// <summary>Feedback items that had named only an order and now have its buyer.</summary>
    public int AttachedFeedback { get; set; }
}

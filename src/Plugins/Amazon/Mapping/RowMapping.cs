using Connectors.Abstractions;

namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>What one report row became: records, or the reason it was skipped.</summary>
internal sealed record RowMapping(CustomerRecord? Customer, FeedbackRecord? Feedback, MessageRecord? Reply, string? Problem)
{
    public static RowMapping Skip(string reason) => new(null, null, null, reason);
}

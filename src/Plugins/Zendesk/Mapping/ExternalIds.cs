using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>
/// The <c>external_id</c>s that tie Zendesk records back to ours. Tickets: the item's idempotency key (one ticket per
/// feedback record), except direct messages, which share one per channel and author so a conversation stays one
/// ticket. Users: our customer id.
/// </summary>
internal static class ExternalIds
{
    // Zendesk stores external ids as strings of at most 255 characters; longer keys keep a readable head and a hash.
    private const int MaxLength = 255;

    /// <summary>Whether the item belongs to a conversation ticket rather than a ticket of its own.</summary>
    public static bool IsConversation(SinkItem item) =>
        item.Feedback is { Kind: FeedbackKinds.Message } && Author(item) is not null;

    /// <summary>The ticket's external id for a feedback item.</summary>
    public static string ForTicket(SinkItem item, string connectorName)
    {
        var f = item.Feedback ?? throw new ArgumentException("a feedback item is needed", nameof(item));
        return Author(item) is { } author && f.Kind == FeedbackKinds.Message
            ? Fit($"{connectorName}:conversation:{f.Channel}:{author}")
            : Fit(item.IdempotencyKey);
    }

    /// <summary>The user's external id: our customer id for unified customers, channel-qualified for a source's own customer.</summary>
    public static string ForUser(CustomerRecord customer) =>
        Fit(customer.Channel == UnifiedChannel ? customer.SourceId : $"{customer.Channel}:{customer.SourceId}");

    /// <summary>The channel of customers the host unified (their <see cref="CustomerRecord.SourceId"/> is our customer id).</summary>
    public const string UnifiedChannel = "connectors";

    private static string? Author(SinkItem item) =>
        item.Customer is { } c ? ForUser(c)
        : item.Feedback?.CustomerSourceId is { Length: > 0 } source ? $"{item.Feedback.Channel}:{source}"
        : null;

    private static string Fit(string value)
    {
        if (value.Length <= MaxLength)
        {
            return value;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
        return $"{value[..(MaxLength - 17)]}#{hash}";
    }
}

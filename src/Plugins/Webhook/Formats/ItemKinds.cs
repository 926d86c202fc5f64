using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>What an outbox item carries, as the envelope's <c>type</c> and the <c>X-Connectors-Event</c> header name it.</summary>
internal static class ItemKinds
{
    public const string Alert = "alert";
    public const string Feedback = "feedback";
    public const string Customer = "customer";

    /// <summary>An alert wins over feedback, feedback over its customer (a feedback item carries its author); null for an empty item.</summary>
    public static string? Of(SinkItem item) =>
        item.Alert is not null ? Alert
        : item.Feedback is not null ? Feedback
        : item.Customer is not null ? Customer
        : null;
}

namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>
/// The whole body of the <c>json</c> format. Every field is always present, null when the item has no value for it, so
/// receivers can rely on the shape; the plugin README documents each one.
/// </summary>
internal sealed record Envelope(
    int Version,
    string Id,
    string Type,
    string Connector,
    string? Route,
    string? Priority,
    string SentAt,
    string Subject,
    string Text,
    bool Rendered,
    EnvelopeAlert? Alert,
    EnvelopeFeedback? Feedback,
    EnvelopeCustomer? Customer,
    IReadOnlyList<EnvelopeAnnotation> Annotations);

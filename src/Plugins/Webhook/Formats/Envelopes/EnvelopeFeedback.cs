namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>A feedback item as its source gave it.</summary>
internal sealed record EnvelopeFeedback(
    string SourceId,
    string Channel,
    string Kind,
    string? CustomerSourceId,
    string? OrderId,
    string? ProductId,
    EnvelopeRating? Rating,
    string? Title,
    string? Body,
    string? Language,
    string OccurredAt,
    string? UpdatedAt,
    string? Url,
    string ReplyState);

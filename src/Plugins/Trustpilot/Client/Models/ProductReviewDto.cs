namespace Connectors.Plugins.Trustpilot.Client.Models;

/// <summary>The parts of a product review the source maps.</summary>
internal sealed record ProductReviewDto(
    string Id,
    string? ConsumerId,
    string? ConsumerName,
    string? ConsumerEmail,
    int Stars,
    string? Content,
    string? Language,
    string? Sku,
    string? ProductUrl,
    string? ReferenceId,
    string? State,
    DateTimeOffset CreatedAt,
    string? ConversationId);

namespace Connectors.Plugins.Trustpilot.Client.Models;

/// <summary>The parts of a service review the source maps.</summary>
internal sealed record ServiceReviewDto(
    string Id,
    string? ConsumerId,
    string? ConsumerName,
    string? ConsumerLocation,
    int Stars,
    string? Title,
    string? Text,
    string? Language,
    string? Location,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? ReferralEmail,
    string? ReferenceId,
    ReplyDto? Reply);

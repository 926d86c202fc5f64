namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>One review of the business (a "service review"), as the private reviews endpoint shows it.</summary>
public sealed record ServiceReview
{
    /// <summary>Review id (24 hex digits).</summary>
    public required string Id { get; init; }

    /// <summary>The sandbox person who wrote it.</summary>
    public required long PersonIndex { get; init; }

    /// <summary>The consumer's Trustpilot id.</summary>
    public required string ConsumerId { get; init; }

    /// <summary>The name the consumer shows (first name and last initial).</summary>
    public required string ConsumerName { get; init; }

    /// <summary>"City, CC".</summary>
    public required string ConsumerLocation { get; init; }

    /// <summary>How many reviews the consumer has written on Trustpilot.</summary>
    public required int ConsumerReviews { get; init; }

    /// <summary>1 to 5.</summary>
    public required int Stars { get; init; }

    /// <summary>Headline.</summary>
    public required string Title { get; init; }

    /// <summary>Body.</summary>
    public required string Text { get; init; }

    /// <summary>ISO 639-1 language.</summary>
    public required string Language { get; init; }

    /// <summary>The business location reviewed, or null.</summary>
    public string? Location { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it or its reply last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the consumer had the experience (the order date for invited reviews).</summary>
    public required DateTimeOffset ExperiencedAt { get; init; }

    /// <summary>The email the invitation went to, or null for an organic review.</summary>
    public string? ReferralEmail { get; init; }

    /// <summary>The order id the invitation carried (a Shopify order id), or null.</summary>
    public string? ReferenceId { get; init; }

    /// <summary><c>InvitationApi</c>, <c>Organic</c>, ….</summary>
    public required string Source { get; init; }

    /// <summary>The business's answer, or null.</summary>
    public CompanyReply? CompanyReply { get; init; }

    /// <summary>Whether Trustpilot verified the experience.</summary>
    public required bool IsVerified { get; init; }

    /// <summary>Likes other consumers gave it.</summary>
    public required int NumberOfLikes { get; init; }

    /// <summary>Tags the business put on it (group, value).</summary>
    public IReadOnlyList<(string Group, string Value)> Tags { get; init; } = [];
}

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>What a client asked the service-reviews endpoint for: the filters, the ordering and the page.</summary>
public sealed record ReviewQuery
{
    /// <summary>Page from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Reviews per page, 1-100.</summary>
    public int PerPage { get; init; } = 20;

    /// <summary>The ordering.</summary>
    public ReviewOrder OrderBy { get; init; } = ReviewOrder.CreatedDesc;

    /// <summary>Only these ratings (empty: all).</summary>
    public IReadOnlySet<int> Stars { get; init; } = new HashSet<int>();

    /// <summary>Only these languages (empty: all).</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Created at or after this instant.</summary>
    public DateTimeOffset? StartDateTime { get; init; }

    /// <summary>Created before this instant.</summary>
    public DateTimeOffset? EndDateTime { get; init; }

    /// <summary>Only reviews with this reference id.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>Only reviews with this referral email (case-insensitive).</summary>
    public string? ReferralEmail { get; init; }

    /// <summary>Only answered (true) or unanswered (false) reviews.</summary>
    public bool? Responded { get; init; }

    /// <summary>Whether a review passes every filter.</summary>
    public bool Matches(ServiceReview review) =>
        (Stars.Count == 0 || Stars.Contains(review.Stars))
        && (Languages.Count == 0 || Languages.Contains(review.Language))
        && (StartDateTime is not { } start || review.CreatedAt >= start)
        && (EndDateTime is not { } end || review.CreatedAt < end)
        && (ReferenceId is null || string.Equals(review.ReferenceId, ReferenceId, StringComparison.Ordinal))
        && (ReferralEmail is null || string.Equals(review.ReferralEmail, ReferralEmail, StringComparison.OrdinalIgnoreCase))
        && (Responded is not { } responded || (review.CompanyReply is not null) == responded);
}

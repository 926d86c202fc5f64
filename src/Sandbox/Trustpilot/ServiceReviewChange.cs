namespace Connectors.Sandbox.Trustpilot;

/// <summary>
/// A service review to add or change through the control API. To add: <c>personIndex</c> and <c>stars</c> are needed;
/// <c>invited</c> takes the person's first Shopify order as the reference id and their email as the referral email.
/// To change: missing fields are left alone.
/// </summary>
public sealed record ServiceReviewChange
{
    /// <summary>The sandbox person who writes it.</summary>
    public long? PersonIndex { get; init; }

    /// <summary>1 to 5.</summary>
    public int? Stars { get; init; }

    /// <summary>Headline (default: from the text).</summary>
    public string? Title { get; init; }

    /// <summary>Body (default: a phrase in the person's language matching the stars).</summary>
    public string? Text { get; init; }

    /// <summary>Language (default: the person's).</summary>
    public string? Language { get; init; }

    /// <summary>Whether it came through an invitation after the person's first Shopify order.</summary>
    public bool? Invited { get; init; }

    /// <summary>Reference id (overrides the invitation's).</summary>
    public string? ReferenceId { get; init; }

    /// <summary>Referral email (overrides the invitation's).</summary>
    public string? ReferralEmail { get; init; }
}

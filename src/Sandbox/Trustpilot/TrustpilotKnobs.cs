namespace Connectors.Sandbox.Trustpilot;

/// <summary>The Trustpilot emulator's run-time knobs (<c>/_sandbox/trustpilot/settings</c>); replace the record to change them.</summary>
public sealed record TrustpilotKnobs
{
    /// <summary>Enforce the two call quotas per API key (token buckets). Off for benchmarks of everything else.</summary>
    public bool RateLimitsEnabled { get; init; } = true;

    /// <summary>Calls an API key may make per five minutes (Trustpilot: 833).</summary>
    public int CallsPerFiveMinutes { get; init; } = 833;

    /// <summary>Calls an API key may make per hour (Trustpilot: 10,000).</summary>
    public int CallsPerHour { get; init; } = 10_000;

    /// <summary>Refreshes an API key may make per minute; one more is 429 (Trustpilot: "refreshing too often").</summary>
    public int RefreshesPerMinute { get; init; } = 2;

    /// <summary>Lifetime of access tokens in seconds (Trustpilot: 359999, just under 100 hours).</summary>
    public int AccessTokenSeconds { get; init; } = 359_999;

    /// <summary>Lifetime of refresh tokens in seconds (Trustpilot: 30 days).</summary>
    public int RefreshTokenSeconds { get; init; } = 30 * 86_400;

    /// <summary>Status of a successful reply to a service review: 201 as reported, or 200 (sources.md: not confirmed).</summary>
    public int ReplyStatusCode { get; init; } = 201;

    /// <summary>Key of the product-review list: <c>productReviews</c> or <c>reviews</c> (sources.md: not confirmed).</summary>
    public string ProductReviewsKey { get; init; } = "productReviews";

    /// <summary>Every problem with the values, each naming the knob; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (CallsPerFiveMinutes < 1 || CallsPerHour < 1)
        {
            errors.Add($"callsPerFiveMinutes and callsPerHour must be 1 or more, were {CallsPerFiveMinutes} and {CallsPerHour}");
        }

        if (RefreshesPerMinute is < 1 or > 10_000)
        {
            errors.Add($"refreshesPerMinute must be between 1 and 10000, was {RefreshesPerMinute}");
        }

        if (AccessTokenSeconds < 1 || RefreshTokenSeconds < 1)
        {
            errors.Add($"accessTokenSeconds and refreshTokenSeconds must be 1 or more, were {AccessTokenSeconds} and {RefreshTokenSeconds}");
        }

        if (ReplyStatusCode is not (200 or 201))
        {
            errors.Add($"replyStatusCode must be 200 or 201, was {ReplyStatusCode}");
        }

        if (ProductReviewsKey is not ("productReviews" or "reviews"))
        {
            errors.Add($"productReviewsKey must be productReviews or reviews, was '{ProductReviewsKey}'");
        }

        return errors;
    }
}

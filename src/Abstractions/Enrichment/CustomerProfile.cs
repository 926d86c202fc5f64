namespace Connectors.Abstractions;

/// <summary>A unified customer as the store knows them across every channel, for enrichers and sinks.</summary>
public sealed record CustomerProfile
{
    /// <summary>The store's customer id.</summary>
    public required long Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Normalised email.</summary>
    public string? Email { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>Preferred locale.</summary>
    public string? Locale { get; init; }

    /// <summary>Tags from the sources.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether the customer agreed to email marketing, if a source said.</summary>
    public bool? EmailMarketingConsent { get; init; }

    /// <summary>Whether the customer agreed to SMS, if a source said.</summary>
    public bool? SmsConsent { get; init; }

    /// <summary>How many distinct orders any source linked to the customer.</summary>
    public int OrderCount { get; init; }

    /// <summary>How many feedback items of the customer the store holds, on any channel (this one included once stored).</summary>
    public int FeedbackCount { get; init; }

    /// <summary>When any source first saw the customer.</summary>
    public DateTimeOffset? FirstSeenAt { get; init; }
}

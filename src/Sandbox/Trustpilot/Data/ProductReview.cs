namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>One review of a product, as the private product-reviews endpoint shows it (with the consumer's email).</summary>
public sealed record ProductReview
{
    /// <summary>Review id (24 hex digits).</summary>
    public required string Id { get; init; }

    /// <summary>The sandbox person who wrote it.</summary>
    public required long PersonIndex { get; init; }

    /// <summary>The consumer's Trustpilot id.</summary>
    public required string ConsumerId { get; init; }

    /// <summary>The consumer's name.</summary>
    public required string ConsumerName { get; init; }

    /// <summary>The consumer's email (the address the invitation went to), or null.</summary>
    public string? ConsumerEmail { get; init; }

    /// <summary>The order id of the invitation (a Shopify order id).</summary>
    public string? ReferenceId { get; init; }

    /// <summary>The product reviewed.</summary>
    public required ProductInfo Product { get; init; }

    /// <summary>1 to 5.</summary>
    public required int Stars { get; init; }

    /// <summary>The review text.</summary>
    public required string Content { get; init; }

    /// <summary>ISO 639-1 language.</summary>
    public required string Language { get; init; }

    /// <summary>The consumer's locale (<c>de-DE</c>).</summary>
    public required string Locale { get; init; }

    /// <summary><c>published</c>, <c>unpublished</c>, <c>archived</c> or <c>pending</c>.</summary>
    public required string State { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The conversation the business opened on it, or null.</summary>
    public string? ConversationId { get; init; }
}

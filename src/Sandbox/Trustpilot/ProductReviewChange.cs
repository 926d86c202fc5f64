namespace Connectors.Sandbox.Trustpilot;

/// <summary>A product review to add through the control API (after the person's first Shopify order when they have one).</summary>
public sealed record ProductReviewChange
{
    /// <summary>The sandbox person who writes it.</summary>
    public long? PersonIndex { get; init; }

    /// <summary>1 to 5.</summary>
    public int? Stars { get; init; }

    /// <summary>The SKU reviewed (default: the catalogue's first).</summary>
    public string? Sku { get; init; }

    /// <summary>The text (default: a phrase in the person's language).</summary>
    public string? Content { get; init; }

    /// <summary><c>published</c> (default), <c>unpublished</c>, <c>pending</c> or <c>archived</c>.</summary>
    public string? State { get; init; }
}

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>What a client asked the product-reviews endpoint for (newest first; the endpoint has no ordering parameter).</summary>
public sealed record ProductReviewQuery
{
    /// <summary>Page from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Reviews per page, 1-100.</summary>
    public int PerPage { get; init; } = 20;

    /// <summary>Only these SKUs (empty: all).</summary>
    public IReadOnlySet<string> Skus { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Only this product page.</summary>
    public string? ProductUrl { get; init; }

    /// <summary>Only these states (empty: <c>published</c>).</summary>
    public IReadOnlySet<string> States { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Only these languages (empty: all).</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a review passes every filter.</summary>
    public bool Matches(ProductReview review) =>
        (Skus.Count == 0 || Skus.Contains(review.Product.Sku))
        && (ProductUrl is null || string.Equals(review.Product.ProductUrl, ProductUrl, StringComparison.OrdinalIgnoreCase))
        && (States.Count == 0 ? review.State == "published" : States.Contains(review.State))
        && (Languages.Count == 0 || Languages.Contains(review.Language));
}

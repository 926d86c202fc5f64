namespace Connectors.Sandbox.Shopify;

/// <summary>Shopify plans and their GraphQL Admin cost buckets (bucket = 20 × restore rate per second).</summary>
public enum ShopifyPlan
{
    /// <summary>2,000 points, 100 per second.</summary>
    Standard,

    /// <summary>4,000 points, 200 per second.</summary>
    Advanced,

    /// <summary>20,000 points, 1,000 per second.</summary>
    Plus,

    /// <summary>40,000 points, 2,000 per second (Commerce Components).</summary>
    Enterprise,
}

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>Fields to set on an order through the control API (null leaves a field, empty string clears it).</summary>
public sealed record OrderChange
{
    /// <summary>On create: the customer's legacy id (JSON also accepts the gid string); null for a guest order.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleIdConverter))]
    public long? CustomerId { get; init; }

    /// <summary>Checkout email (defaults to the customer's on create).</summary>
    public string? Email { get; init; }

    /// <summary>Checkout phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Buyer note.</summary>
    public string? Note { get; init; }

    /// <summary>Tags (replace the existing ones).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Financial status (PAID, REFUNDED ...).</summary>
    public string? FinancialStatus { get; init; }

    /// <summary>Total price in the shop currency.</summary>
    public decimal? TotalPrice { get; init; }

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        ShopifyEnums.Check(errors, "financialStatus", FinancialStatus, ShopifyEnums.FinancialStatuses);
        if (TotalPrice is < 0)
        {
            errors.Add($"totalPrice must be 0 or more, was {TotalPrice}");
        }

        return errors;
    }
}

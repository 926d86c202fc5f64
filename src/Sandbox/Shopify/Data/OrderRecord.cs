namespace Connectors.Sandbox.Shopify.Data;

/// <summary>One version of a Shopify order (the fields the sandbox serves).</summary>
public sealed record OrderRecord
{
    /// <summary>Legacy (numeric) id.</summary>
    public required long Id { get; init; }

    /// <summary>Global id (<c>gid://shopify/Order/…</c>).</summary>
    public string Gid => ShopifyIds.Gid("Order", Id);

    /// <summary>Legacy id of the customer, or null for a guest order.</summary>
    public long? CustomerId { get; init; }

    /// <summary>Order name (<c>#1001</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Email entered at checkout.</summary>
    public string? Email { get; init; }

    /// <summary>Phone entered at checkout, as typed (local formats occur).</summary>
    public string? Phone { get; init; }

    /// <summary>Note the buyer left (delivery instructions, complaints), in the buyer's language.</summary>
    public string? Note { get; init; }

    /// <summary>The buyer's language at checkout (<c>de</c>, <c>pt-BR</c>), as Shopify's <c>Order.customerLocale</c> gives it.</summary>
    public string? CustomerLocale { get; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>PAID, PENDING, AUTHORIZED, PARTIALLY_REFUNDED, REFUNDED ...</summary>
    public string FinancialStatus { get; init; } = "PAID";

    /// <summary>Total price in the shop currency.</summary>
    public decimal TotalPrice { get; init; }

    /// <summary>Shop currency.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Creation time (whole seconds, UTC); also the processing time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change (whole seconds, UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Store version that wrote this record; 0 for seeded data.</summary>
    internal long Seq { get; init; }

    /// <summary>The version this one replaced, if stored.</summary>
    internal OrderRecord? Previous { get; init; }
}

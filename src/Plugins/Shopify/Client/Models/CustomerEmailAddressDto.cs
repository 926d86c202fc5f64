namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>Customer.defaultEmailAddress</c> (from 2025-04).</summary>
internal sealed class CustomerEmailAddressDto
{
    public string? EmailAddress { get; init; }

    public string? MarketingState { get; init; }
}

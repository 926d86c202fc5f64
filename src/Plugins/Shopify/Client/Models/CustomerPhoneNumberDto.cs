namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>Customer.defaultPhoneNumber</c> (from 2025-04).</summary>
internal sealed class CustomerPhoneNumberDto
{
    public string? PhoneNumber { get; init; }

    public string? MarketingState { get; init; }
}

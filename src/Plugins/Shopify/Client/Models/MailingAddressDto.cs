namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>The part of <c>MailingAddress</c> the connector reads.</summary>
internal sealed class MailingAddressDto
{
    public string? CountryCodeV2 { get; init; }
}

using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client.Models;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>A Shopify customer to a <see cref="CustomerRecord"/>, from either API version's field set.</summary>
internal static class CustomerMapper
{
    public static MappedNode Map(CustomerNode node) => new(node.Id, node.UpdatedAt, ToRecord(node), null);

    public static CustomerRecord ToRecord(CustomerNode node) => new()
    {
        SourceId = node.Id,
        Channel = Channels.Shopify,
        // From 2025-04 the contact lives on defaultEmailAddress/defaultPhoneNumber; before, on email/phone.
        Email = Blank(node.DefaultEmailAddress?.EmailAddress) ?? Blank(node.Email),
        Phone = Blank(node.DefaultPhoneNumber?.PhoneNumber) ?? Blank(node.Phone),
        Name = Name(node.FirstName, node.LastName),
        Locale = Blank(node.Locale),
        Country = Blank(node.DefaultAddress?.CountryCodeV2),
        EmailMarketingConsent = ConsentMapper.FromState(node.EmailMarketingConsent, node.DefaultEmailAddress?.MarketingState),
        SmsConsent = ConsentMapper.FromState(node.SmsMarketingConsent, node.DefaultPhoneNumber?.MarketingState),
        Tags = node.Tags is { Count: > 0 } tags ? [.. tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())] : [],
        SeenAt = node.UpdatedAt,
    };

    public static string? Name(string? first, string? last)
    {
        var name = $"{first?.Trim()} {last?.Trim()}".Trim();
        return name.Length == 0 ? null : name;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

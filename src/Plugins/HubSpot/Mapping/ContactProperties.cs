using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.HubSpot.Mapping;

/// <summary>
/// A unified customer as HubSpot contact properties. Only values we have are sent, so a blank never wipes what someone
/// typed in HubSpot. Marketing properties are set only with granted email-marketing consent, and never to "false":
/// without consent the contact exists for service, not for marketing.
/// </summary>
internal static class ContactProperties
{
    /// <summary>Our customer id, so a HubSpot user can find the customer in the CLI and dashboard.</summary>
    public const string CustomerId = "connectors_customer_id";

    /// <summary>Set to <c>true</c> when the customer agreed to email marketing.</summary>
    public const string EmailMarketing = "connectors_email_marketing";

    /// <summary>HubSpot's GDPR legal basis property.</summary>
    public const string LegalBasis = "hs_legal_basis";

    /// <summary>The <c>hs_legal_basis</c> value for consent the customer gave.</summary>
    public const string ConsentGiven = "Freely given consent from contact";

    public static Dictionary<string, string> From(CustomerRecord customer, string email)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = email };
        var (first, last) = SplitName(customer.Name);
        Add(properties, "firstname", first);
        Add(properties, "lastname", last);
        Add(properties, "phone", customer.Phone);
        Add(properties, "country", CountryName(customer.Country));
        Add(properties, CustomerId, customer.SourceId);
        if (customer.EmailMarketingConsent is { Granted: true })
        {
            properties[LegalBasis] = ConsentGiven;
            properties[EmailMarketing] = "true";
        }

        return properties;
    }

    /// <summary>First word as first name, the rest as last name ("Jane van Dijk" → "Jane", "van Dijk").</summary>
    public static (string? First, string? Last) SplitName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, null);
        }

        var parts = name.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>HubSpot's country property is free text that people read: "Germany" rather than "DE".</summary>
    public static string? CountryName(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 2)
        {
            return code;
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code.ToUpperInvariant();
        }
    }

    private static void Add(Dictionary<string, string> properties, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            properties[name] = value.Trim();
        }
    }
}

using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Customer and the objects hanging off it.</summary>
internal static partial class ShopifySchema
{
    private static void AddCustomer(GqlSchema schema)
    {
        Object<EmailMarketingConsent>(schema, "CustomerEmailMarketingConsentState")
            .Enum("marketingState", "CustomerEmailMarketingState!", c => c.MarketingState)
            .Enum("marketingOptInLevel", "CustomerMarketingOptInLevel", c => c.MarketingOptInLevel)
            .Time("consentUpdatedAt", c => c.ConsentUpdatedAt, "DateTime");
        Object<SmsMarketingConsent>(schema, "CustomerSmsMarketingConsentState")
            .Enum("marketingState", "CustomerSmsMarketingState!", c => c.MarketingState)
            .Enum("marketingOptInLevel", "CustomerMarketingOptInLevel!", c => c.MarketingOptInLevel)
            .Time("consentUpdatedAt", c => c.ConsentUpdatedAt, "DateTime")
            .Enum("consentCollectedFrom", "CustomerConsentCollectedFrom", c => c.ConsentCollectedFrom);

        // Since 2025-04; served for every version so clients can pick fields by their configured version.
        Object<CustomerPart>(schema, "CustomerEmailAddress")
            .String("emailAddress", p => p.Customer.Email, "String!")
            .Enum("marketingState", "CustomerEmailAddressMarketingState!", p => EmailAddressState(p.Customer.EmailMarketing));
        Object<CustomerPart>(schema, "CustomerPhoneNumber")
            .String("phoneNumber", p => p.Customer.Phone, "String!")
            .Enum("marketingState", "CustomerSmsMarketingState!", p => p.Customer.SmsMarketing?.MarketingState ?? "NOT_SUBSCRIBED")
            .Enum("marketingCollectedFrom", "CustomerConsentCollectedFrom", p => p.Customer.SmsMarketing?.ConsentCollectedFrom);
        Object<CustomerPart>(schema, "MailingAddress")
            .String("firstName", p => p.Customer.FirstName)
            .String("lastName", p => p.Customer.LastName)
            .String("city", p => p.Customer.City)
            .String("country", p => p.Customer.Country)
            .Enum("countryCodeV2", "CountryCode", p => p.Customer.CountryCode);

        AddConnectionTypes(schema, "Customer");
        Object<CustomerRecord>(schema, "Customer")
            .String("id", c => ShopifyIds.Gid("Customer", c.Id), "ID!")
            .UInt64("legacyResourceId", (c, _) => c.Id)
            .String("firstName", c => c.FirstName)
            .String("lastName", c => c.LastName)
            .String("displayName", DisplayName, "String!")
            .String("email", c => c.Email)
            .String("phone", c => c.Phone)
            .String("note", c => c.Note)
            .StringList("tags", c => c.Tags)
            .Enum("state", "CustomerState!", c => c.State)
            .Boolean("verifiedEmail", c => c.VerifiedEmail)
            .String("locale", c => c.Locale, "String!")
            .Time("createdAt", c => c.CreatedAt)
            .Time("updatedAt", c => c.UpdatedAt)
            .UInt64("numberOfOrders", (c, x) => x.Store.CountOrders(c.Id, x.AsOf))
            .Object("amountSpent", "MoneyV2!", (c, x) => new MoneyValue(x.Store.AmountSpent(c.Id, x.AsOf), x.Emulator.Options.Currency))
            .Object("defaultAddress", "MailingAddress", (c, _) => c.CountryCode is null ? null : new CustomerPart(c, "address"))
            .Object("emailMarketingConsent", "CustomerEmailMarketingConsentState", (c, _) => c.EmailMarketing)
            .Object("smsMarketingConsent", "CustomerSmsMarketingConsentState", (c, _) => c.SmsMarketing)
            .Object("defaultEmailAddress", "CustomerEmailAddress", (c, _) => c.Email is null ? null : new CustomerPart(c, "email"))
            .Object("defaultPhoneNumber", "CustomerPhoneNumber", (c, _) => c.Phone is null ? null : new CustomerPart(c, "phone"))
            .Object("orders", "OrderConnection!",
                (c, f, x) => x.ResolveConnection(StoreSources.OrdersOf(x.Store, c.Id, x.AsOf), f),
                ConnectionArguments("OrderSortKeys", "ID"));
    }

    private static string DisplayName(CustomerRecord c)
    {
        var name = $"{c.FirstName} {c.LastName}".Trim();
        return name.Length > 0 ? name : c.Email ?? c.Phone ?? string.Empty;
    }

    /// <summary>CustomerEmailAddressMarketingState has no REDACTED; a redacted address reads as unsubscribed.</summary>
    private static string EmailAddressState(EmailMarketingConsent? consent) => consent?.MarketingState switch
    {
        null => "NOT_SUBSCRIBED",
        "REDACTED" => "UNSUBSCRIBED",
        var state => state,
    };
}

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>Enum values of the Admin schema (2025-01) that the sandbox stores.</summary>
internal static class ShopifyEnums
{
    public static readonly string[] CustomerStates = ["DECLINED", "DISABLED", "ENABLED", "INVITED"];
    public static readonly string[] EmailMarketingStates = ["NOT_SUBSCRIBED", "PENDING", "SUBSCRIBED", "UNSUBSCRIBED", "REDACTED", "INVALID"];
    public static readonly string[] EmailAddressMarketingStates = ["INVALID", "NOT_SUBSCRIBED", "PENDING", "SUBSCRIBED", "UNSUBSCRIBED"];
    public static readonly string[] SmsMarketingStates = ["NOT_SUBSCRIBED", "PENDING", "SUBSCRIBED", "UNSUBSCRIBED", "REDACTED"];
    public static readonly string[] OptInLevels = ["SINGLE_OPT_IN", "CONFIRMED_OPT_IN", "UNKNOWN"];
    public static readonly string[] ConsentCollectedFrom = ["SHOPIFY", "OTHER"];
    public static readonly string[] FinancialStatuses = ["PENDING", "AUTHORIZED", "PARTIALLY_PAID", "PARTIALLY_REFUNDED", "VOIDED", "PAID", "REFUNDED", "EXPIRED"];

    public static void Check(List<string> errors, string name, string? value, string[] allowed)
    {
        if (value is not null && Array.IndexOf(allowed, value) < 0)
        {
            errors.Add($"{name} must be one of {string.Join(", ", allowed)}, was '{value}'");
        }
    }
}

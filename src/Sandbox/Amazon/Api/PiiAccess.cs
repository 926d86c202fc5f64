using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>Which buyer PII a request may see: only what a Restricted Data Token covering it asked for.</summary>
internal static class PiiAccess
{
    public const string BuyerInfo = "buyerInfo";
    public const string ShippingAddress = "shippingAddress";

    /// <summary>True when the request's RDT covers it with <paramref name="element"/> (or with no element, for operations that need none).</summary>
    public static bool Grants(VendorExchange exchange, string element, bool elementImplied = false)
    {
        var token = exchange.Token();
        if (!token.IsRestricted)
        {
            return false;
        }

        var path = exchange.Http.Request.Path.Value ?? "";
        if (exchange.Region() is { } region)
        {
            path = path[(region.Length + 1)..];
        }

        return token.Restricted!.Any(r => r.Covers(exchange.Http.Request.Method, path)
            && (elementImplied || r.DataElements.Contains(element, StringComparer.OrdinalIgnoreCase)));
    }
}

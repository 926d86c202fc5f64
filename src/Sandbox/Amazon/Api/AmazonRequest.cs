using System.Globalization;
using Connectors.Sandbox.Amazon.Auth;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>What the SP-API endpoints read from an admitted request: list and date parameters, the token.</summary>
internal static class AmazonRequest
{
    public const string TokenItem = "amazon.token";
    public const string RegionItem = "amazon.region";

    /// <summary>The issued token the policy accepted.</summary>
    public static IssuedToken Token(this VendorExchange exchange) => (IssuedToken)exchange.Items[TokenItem]!;

    /// <summary>The region of the endpoint called (<c>na</c>, <c>eu</c>, <c>fe</c>), or null for the unprefixed paths.</summary>
    public static string? Region(this VendorExchange exchange) => exchange.Items.TryGetValue(RegionItem, out var r) ? (string?)r : null;

    /// <summary>An array parameter: comma-separated (Amazon's form) or repeated.</summary>
    public static IReadOnlyList<string> List(this VendorExchange exchange, string name) =>
        exchange.Http.Request.Query.TryGetValue(name, out var values)
            ? [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];

    /// <summary>An ISO 8601 date parameter: (absent, value) or a parse error message.</summary>
    public static (DateTimeOffset? Value, string? Error) Date(this VendorExchange exchange, string name)
    {
        var text = exchange.Query(name);
        if (text is null)
        {
            return (null, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? (value, null)
            : (null, $"Invalid {name}: '{text}' is not an ISO 8601 date-time.");
    }
}

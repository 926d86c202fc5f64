using System.Globalization;

namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>One filter of a search request: <c>{"propertyName","operator","value"|"values"|"highValue"}</c>.</summary>
internal sealed record SearchFilter(string PropertyName, string Operator, string? Value, IReadOnlyList<string> Values, string? HighValue)
{
    /// <summary>The operators the sandbox evaluates.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN",
    };

    /// <summary>Whether an object's properties pass; string comparisons ignore case, as HubSpot's search does.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> properties)
    {
        var has = properties.TryGetValue(PropertyName, out var actual) && actual.Length > 0;
        return Operator switch
        {
            "HAS_PROPERTY" => has,
            "NOT_HAS_PROPERTY" => !has,
            "EQ" => has && Same(actual!, Value),
            "NEQ" => !has || !Same(actual!, Value),
            "IN" => has && Values.Any(v => Same(actual!, v)),
            "NOT_IN" => !has || !Values.Any(v => Same(actual!, v)),
            "CONTAINS_TOKEN" => has && Contains(actual!, Value),
            "NOT_CONTAINS_TOKEN" => !has || !Contains(actual!, Value),
            "LT" => has && Compare(actual!, Value) < 0,
            "LTE" => has && Compare(actual!, Value) <= 0,
            "GT" => has && Compare(actual!, Value) > 0,
            "GTE" => has && Compare(actual!, Value) >= 0,
            "BETWEEN" => has && Compare(actual!, Value) >= 0 && Compare(actual!, HighValue) <= 0,
            _ => false,
        };
    }

    /// <summary>Orders two property values: numerically when both are numbers, else as text ignoring case.</summary>
    public static int Compare(string a, string? b)
    {
        if (b is null)
        {
            return 1;
        }

        return double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string a, string? token) =>
        token is not null && (token == "*" || a.Contains(token.Trim('*'), StringComparison.OrdinalIgnoreCase));
}

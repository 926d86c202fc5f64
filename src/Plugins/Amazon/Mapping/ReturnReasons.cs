namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>
/// FBA return reason codes as people read them. Amazon's list is long and grows: an unknown code is shown as its words
/// (<c>APPAREL_TOO_SMALL</c> → "Apparel too small") rather than dropped.
/// </summary>
internal static class ReturnReasons
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DEFECTIVE"] = "Defective or does not work",
        ["NOT_AS_DESCRIBED"] = "Not as described on the website",
        ["UNWANTED_ITEM"] = "No longer needed or wanted",
        ["QUALITY_UNACCEPTABLE"] = "Quality not acceptable",
        ["ORDERED_WRONG_ITEM"] = "Bought by mistake",
        ["NOT_COMPATIBLE"] = "Not compatible with the buyer's equipment",
        ["APPARENT_LATE_DELIVERY"] = "Arrived too late",
        ["MISSED_ESTIMATED_DELIVERY"] = "Arrived too late",
        ["MISSING_PARTS"] = "Missing parts or accessories",
        ["DAMAGED_BY_CARRIER"] = "Damaged in transit",
        ["DAMAGED_BY_FC"] = "Damaged at the fulfilment centre",
        ["FOUND_BETTER_PRICE"] = "Found a better price",
        ["SWITCHEROO"] = "A different item came back than was sent",
        ["NO_REASON_GIVEN"] = "No reason given",
        ["UNAUTHORIZED_PURCHASE"] = "Purchase not authorised by the buyer",
        ["EXTRA_ITEM"] = "Extra item included",
        ["NEVER_ARRIVED"] = "Never arrived",
    };

    public static string Describe(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "No reason given";
        }

        if (Known.TryGetValue(code.Trim(), out var text))
        {
            return text;
        }

        var words = code.Trim().Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

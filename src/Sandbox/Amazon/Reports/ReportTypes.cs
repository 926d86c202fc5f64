namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>The report types the emulator produces.</summary>
public static class ReportTypes
{
    /// <summary>Negative and neutral seller feedback, tab-separated, headers in the marketplace's language.</summary>
    public const string SellerFeedback = "GET_SELLER_FEEDBACK_DATA";

    /// <summary>FBA customer returns, tab-separated.</summary>
    public const string CustomerReturns = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA";

    /// <summary>Both.</summary>
    public static IReadOnlySet<string> Served { get; } = new HashSet<string>(StringComparer.Ordinal) { SellerFeedback, CustomerReturns };
}

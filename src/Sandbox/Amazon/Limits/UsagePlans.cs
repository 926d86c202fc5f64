namespace Connectors.Sandbox.Amazon.Limits;

/// <summary>
/// The default usage plans of every emulated operation, from the "Usage Plan" tables in the models' descriptions
/// (vendor-models/amazon-sp-api). The Customer Feedback API states none: its plan comes from the knobs.
/// </summary>
public static class UsagePlans
{
    private static readonly Dictionary<string, UsagePlan> Plans = new UsagePlan[]
    {
        new("getOrders", 0.0167, 20),
        new("getOrder", 0.5, 30),
        new("getOrderBuyerInfo", 0.5, 30),
        new("getOrderAddress", 0.5, 30),
        new("getOrderItems", 0.5, 30),
        new("searchOrders", 0.0056, 20),
        new("getOrder2026", 0.5, 30),
        new("createReport", 0.0167, 15),
        new("getReport", 2, 15),
        new("cancelReport", 0.0222, 10),
        new("getReportDocument", 0.0167, 15),
        new("getSolicitationActionsForOrder", 1, 5),
        new("createProductReviewAndSellerFeedbackSolicitation", 1, 5),
        new("createRestrictedDataToken", 1, 10),
    }.ToDictionary(p => p.Operation, StringComparer.Ordinal);

    /// <summary>The Customer Feedback API operations the emulator serves.</summary>
    public static IReadOnlySet<string> CustomerFeedback { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "getItemReviewTopics", "getItemBrowseNode",
    };

    /// <summary>Every operation with a plan in the models.</summary>
    public static IReadOnlyCollection<UsagePlan> All => Plans.Values;

    /// <summary>The plan of an operation under the knobs.</summary>
    public static UsagePlan For(string operation, AmazonKnobs knobs) =>
        CustomerFeedback.Contains(operation)
            ? new UsagePlan(operation, knobs.CustomerFeedbackRate, knobs.CustomerFeedbackBurst)
            : Plans[operation];
}

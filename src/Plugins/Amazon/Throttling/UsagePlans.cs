namespace Connectors.Plugins.Amazon.Throttling;

/// <summary>
/// The usage plans of the operations the source calls, from Amazon's models; the rate is then taken from
/// <c>x-amzn-RateLimit-Limit</c> as answers state it. The Customer Feedback API's model states none: 1/s, burst 5 assumed.
/// </summary>
internal static class UsagePlans
{
    public const string GetOrders = "getOrders";
    public const string CreateReport = "createReport";
    public const string GetReport = "getReport";
    public const string GetReportDocument = "getReportDocument";
    public const string CreateRestrictedDataToken = "createRestrictedDataToken";
    public const string GetItemReviewTopics = "getItemReviewTopics";
    public const string GetSolicitationActionsForOrder = "getSolicitationActionsForOrder";
    public const string CreateProductReviewAndSellerFeedbackSolicitation = "createProductReviewAndSellerFeedbackSolicitation";

    private static readonly Dictionary<string, UsagePlan> Plans = new(StringComparer.Ordinal)
    {
        [GetOrders] = new(0.0167, 20),
        [CreateReport] = new(0.0167, 15),
        [GetReport] = new(2, 15),
        [GetReportDocument] = new(0.0167, 15),
        [CreateRestrictedDataToken] = new(1, 10),
        [GetItemReviewTopics] = new(1, 5),
        [GetSolicitationActionsForOrder] = new(1, 5),
        [CreateProductReviewAndSellerFeedbackSolicitation] = new(1, 5),
    };

    public static IReadOnlyCollection<string> Operations => Plans.Keys;

    public static UsagePlan For(string operation) => Plans.TryGetValue(operation, out var plan) ? plan : new UsagePlan(1, 1);
}

using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// The date rules both order searches share (the models' parameter notes): exactly one of created-after and
/// last-updated-after; the created and updated filters never combined; a "before" at or after its "after" and at
/// least two minutes before now; page size 1-100.
/// </summary>
internal static class OrderRules
{
    public static readonly TimeSpan Latency = TimeSpan.FromMinutes(2);

    // A valid status no emulated order has: filtering on it alone matches nothing.
    private const AmazonOrderStatus NeverProduced = (AmazonOrderStatus)(-1);

    /// <summary>The query, or the 400 to answer. Parameter names differ by version (<c>CreatedAfter</c> / <c>createdAfter</c>).</summary>
    public static (OrderQuery? Query, VendorAnswer? Error) Read(VendorExchange exchange, bool v0)
    {
        string N(string name) => v0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
        var (createdAfter, e1) = exchange.Date(N("createdAfter"));
        var (createdBefore, e2) = exchange.Date(N("createdBefore"));
        var (updatedAfter, e3) = exchange.Date(N("lastUpdatedAfter"));
        var (updatedBefore, e4) = exchange.Date(N("lastUpdatedBefore"));
        if ((e1 ?? e2 ?? e3 ?? e4) is { } dateError)
        {
            return (null, AmazonAnswers.InvalidInput(dateError));
        }

        var marketplaces = exchange.List(N("marketplaceIds"));
        if (v0 && marketplaces.Count == 0)
        {
            return (null, AmazonAnswers.InvalidInput("Missing required parameter MarketplaceIds."));
        }

        if (marketplaces.Count > 50)
        {
            return (null, AmazonAnswers.InvalidInput($"At most 50 {N("marketplaceIds")}, was {marketplaces.Count}."));
        }

        var byCreation = createdAfter is not null || createdBefore is not null;
        var byUpdate = updatedAfter is not null || updatedBefore is not null;
        if (byCreation && byUpdate)
        {
            return (null, AmazonAnswers.InvalidInput($"{N("createdAfter")}/{N("createdBefore")} cannot be combined with {N("lastUpdatedAfter")}/{N("lastUpdatedBefore")}."));
        }

        var after = createdAfter ?? updatedAfter;
        if (after is null)
        {
            return (null, AmazonAnswers.InvalidInput($"Exactly one of {N("createdAfter")} and {N("lastUpdatedAfter")} is required."));
        }

        var latest = exchange.Now - Latency;
        if (after > latest)
        {
            return (null, AmazonAnswers.InvalidInput($"{(byUpdate ? N("lastUpdatedAfter") : N("createdAfter"))} must be at least two minutes before the time of the request."));
        }

        var before = createdBefore ?? updatedBefore;
        var beforeName = byUpdate ? N("lastUpdatedBefore") : N("createdBefore");
        if (before is not null && before < after)
        {
            return (null, AmazonAnswers.InvalidInput($"{beforeName} must be equal to or after {(byUpdate ? N("lastUpdatedAfter") : N("createdAfter"))}."));
        }

        if (before > latest)
        {
            return (null, AmazonAnswers.InvalidInput($"{beforeName} must be at least two minutes before the time of the request."));
        }

        var sizeText = exchange.Query(N("maxResultsPerPage"));
        var size = 100;
        if (sizeText is not null && (!int.TryParse(sizeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > 100))
        {
            return (null, AmazonAnswers.InvalidInput($"{N("maxResultsPerPage")} must be between 1 and 100, was '{sizeText}'."));
        }

        var statuses = new List<AmazonOrderStatus>();
        foreach (var s in exchange.List(v0 ? "OrderStatuses" : "fulfillmentStatuses"))
        {
            if (Status(s, v0) is not { } status)
            {
                return (null, AmazonAnswers.InvalidInput($"Invalid {(v0 ? "OrderStatuses" : "fulfillmentStatuses")} value: {s}."));
            }

            statuses.Add(status);
        }

        return (new OrderQuery(byUpdate, after.Value, before ?? latest, marketplaces, statuses, size), null);
    }

    private static AmazonOrderStatus? Status(string text, bool v0) => (v0, text) switch
    {
        (true, "Pending") or (false, "PENDING") => AmazonOrderStatus.Pending,
        (true, "Unshipped") or (false, "UNSHIPPED") => AmazonOrderStatus.Unshipped,
        (true, "Shipped") or (false, "SHIPPED") => AmazonOrderStatus.Shipped,
        (true, "Canceled") or (false, "CANCELLED") => AmazonOrderStatus.Canceled,
        (true, "PartiallyShipped" or "Unfulfillable" or "InvoiceUnconfirmed" or "PendingAvailability") => NeverProduced,
        (false, "PARTIALLY_SHIPPED" or "UNFULFILLABLE" or "PENDING_AVAILABILITY") => NeverProduced,
        _ => null,
    };
}

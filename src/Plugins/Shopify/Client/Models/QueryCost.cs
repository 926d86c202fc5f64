namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>extensions.cost</c>: what the query reserved, what it really cost, and the bucket afterwards.</summary>
internal sealed class QueryCost
{
    public double? RequestedQueryCost { get; init; }

    public double? ActualQueryCost { get; init; }

    public ThrottleStatusDto? ThrottleStatus { get; init; }
}

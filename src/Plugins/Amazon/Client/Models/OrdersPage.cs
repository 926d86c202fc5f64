namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>One page of getOrders: its orders and the token of the next page, if any.</summary>
internal sealed record OrdersPage(IReadOnlyList<OrderDto> Orders, string? NextToken);

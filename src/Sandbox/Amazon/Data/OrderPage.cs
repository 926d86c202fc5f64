namespace Connectors.Sandbox.Amazon.Data;

/// <summary>One page of orders and where the next page starts (null on the last page).</summary>
public sealed record OrderPage(IReadOnlyList<AmazonOrder> Orders, long? NextPosition);

namespace Connectors.Sandbox.Shopify.Throttling;

/// <summary>A cost bucket's state as <c>extensions.cost.throttleStatus</c> reports it.</summary>
/// <param name="MaximumAvailable">Bucket size in points.</param>
/// <param name="CurrentlyAvailable">Points available now.</param>
/// <param name="RestoreRate">Points restored per second.</param>
public readonly record struct ThrottleStatus(double MaximumAvailable, double CurrentlyAvailable, double RestoreRate);

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>extensions.cost.throttleStatus</c>: the leaky bucket as the shop saw it when answering.</summary>
internal sealed class ThrottleStatusDto
{
    public double MaximumAvailable { get; init; }

    public double CurrentlyAvailable { get; init; }

    public double RestoreRate { get; init; }
}

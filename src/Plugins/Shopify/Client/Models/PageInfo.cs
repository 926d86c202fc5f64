namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>Where a page ends and whether another follows.</summary>
internal sealed class PageInfo
{
    public bool HasNextPage { get; init; }

    public string? EndCursor { get; init; }
}

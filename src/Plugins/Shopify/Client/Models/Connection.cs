namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>A connection read through <c>nodes</c> and <c>pageInfo</c>.</summary>
internal sealed class Connection<T>
{
    public List<T> Nodes { get; init; } = [];

    public PageInfo PageInfo { get; init; } = new();
}

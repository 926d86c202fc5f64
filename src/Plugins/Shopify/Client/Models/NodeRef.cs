namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>A reference to another node by its global id.</summary>
internal sealed class NodeRef
{
    public string? Id { get; init; }
}

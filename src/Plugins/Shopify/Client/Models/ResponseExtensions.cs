namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>The top-level <c>extensions</c> of an answer.</summary>
internal sealed class ResponseExtensions
{
    public QueryCost? Cost { get; init; }
}

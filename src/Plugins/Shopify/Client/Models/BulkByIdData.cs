namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the BulkById query.</summary>
internal sealed class BulkByIdData
{
    public BulkOperationDto? Node { get; init; }
}

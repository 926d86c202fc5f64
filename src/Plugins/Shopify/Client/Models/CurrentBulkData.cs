namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the CurrentBulk query.</summary>
internal sealed class CurrentBulkData
{
    public BulkOperationDto? CurrentBulkOperation { get; init; }
}

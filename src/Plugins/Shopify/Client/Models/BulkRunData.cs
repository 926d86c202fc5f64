namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the BulkRun mutation.</summary>
internal sealed class BulkRunData
{
    public BulkRunPayload? BulkOperationRunQuery { get; init; }
}

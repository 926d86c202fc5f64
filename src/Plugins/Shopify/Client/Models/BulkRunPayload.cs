namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>The operation started, or why not.</summary>
internal sealed class BulkRunPayload
{
    public BulkOperationDto? BulkOperation { get; init; }

    public List<UserErrorDto> UserErrors { get; init; } = [];
}

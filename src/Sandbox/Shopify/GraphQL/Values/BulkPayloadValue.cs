using Connectors.Sandbox.Shopify.Bulk;

namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>The payload of bulkOperationRunQuery and bulkOperationCancel.</summary>
internal sealed record BulkPayloadValue(BulkOperation? Operation, IReadOnlyList<UserErrorValue> UserErrors);

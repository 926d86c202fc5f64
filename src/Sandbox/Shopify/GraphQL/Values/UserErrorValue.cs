namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>A mutation's user error (BulkOperationUserError or UserError).</summary>
internal sealed record UserErrorValue(IReadOnlyList<string>? Field, string Message, string? Code);

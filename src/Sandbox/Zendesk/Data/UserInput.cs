namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>The fields of a user in a create-or-update request; null means "not given, keep".</summary>
internal sealed record UserInput(string? Name, string? Email, string? Phone, string? ExternalId);

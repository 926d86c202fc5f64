namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>A ticket's value of one custom field (kept as given, not checked against field definitions).</summary>
/// <param name="Id">The field's id.</param>
/// <param name="Value">The value as JSON text.</param>
public sealed record ZendeskCustomField(long Id, string? Value);

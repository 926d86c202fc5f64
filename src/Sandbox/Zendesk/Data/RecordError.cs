namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>One validation failure of one field.</summary>
/// <param name="Description">Zendesk's sentence, such as <c>Email: x is not properly formatted</c>.</param>
/// <param name="Error">Zendesk's code, such as <c>InvalidFormat</c>.</param>
public sealed record RecordError(string Description, string Error);

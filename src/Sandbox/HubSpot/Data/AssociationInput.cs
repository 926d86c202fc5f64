namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>An association in a create request: <c>{"to":{"id"},"types":[{"associationCategory","associationTypeId"}]}</c>.</summary>
internal sealed record AssociationInput(string ToId, string Category, int TypeId);

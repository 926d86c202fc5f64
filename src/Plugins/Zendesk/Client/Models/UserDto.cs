namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The parts of a Zendesk user the connector reads.</summary>
internal sealed record UserDto(long? Id, string? Name, string? Email, string? ExternalId, string? Role);

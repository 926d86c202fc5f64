namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The user fields of <c>create_or_update</c>; nulls are left out so they never clear what an agent entered.</summary>
internal sealed record UserPayload(string Name, string? Email, string? Phone, string ExternalId);

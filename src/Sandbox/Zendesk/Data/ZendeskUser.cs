namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>A Zendesk user as the emulator stores it.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Primary email, lower case; unique in the account.</param>
/// <param name="Phone">Phone number as given.</param>
/// <param name="ExternalId">The id in the system that created the user; unique in the account.</param>
/// <param name="Role"><c>end-user</c>, <c>agent</c> or <c>admin</c>.</param>
/// <param name="CreatedAt">Sandbox time of creation.</param>
/// <param name="UpdatedAt">Sandbox time of the last change.</param>
public sealed record ZendeskUser(
    long Id,
    string Name,
    string? Email,
    string? Phone,
    string? ExternalId,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

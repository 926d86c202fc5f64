namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"user":{...}}</c>.</summary>
internal sealed record UserResponse(UserDto? User);

namespace Connectors.Sandbox.Trustpilot.Auth;

/// <summary>What the token endpoint issued: an access token and, for the user grants, a refresh token.</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="RefreshToken">The refresh token, or null (client_credentials gives none).</param>
/// <param name="ApiKey">The application it was issued to (its rate limits apply).</param>
/// <param name="AccessExpiresAt">Sandbox time the access token stops working.</param>
/// <param name="RefreshExpiresAt">Sandbox time the refresh token stops working.</param>
public sealed record TrustpilotGrant(string AccessToken, string? RefreshToken, string ApiKey, DateTimeOffset AccessExpiresAt, DateTimeOffset RefreshExpiresAt);

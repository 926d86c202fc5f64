namespace Connectors.Plugins.Trustpilot.Auth;

/// <summary>An access token and, from the password grant, the refresh token that renews it.</summary>
internal sealed record CachedToken(string Value, string? RefreshToken, DateTimeOffset ExpiresAt)
{
    /// <summary>Used until five minutes before it expires, so a call in flight never carries a dying token.</summary>
    public bool IsFresh(DateTimeOffset now) => now + TimeSpan.FromMinutes(5) < ExpiresAt;
}

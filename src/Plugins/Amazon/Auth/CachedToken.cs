namespace Connectors.Plugins.Amazon.Auth;

/// <summary>A token with the time it stops working.</summary>
internal sealed record CachedToken(string Value, DateTimeOffset ExpiresAt)
{
    /// <summary>Refreshed a minute early, so a request is never sent with a token that dies on the way.</summary>
    public bool IsFresh(DateTimeOffset now) => now < ExpiresAt - TimeSpan.FromMinutes(1);
}

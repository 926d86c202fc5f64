namespace Connectors.Sandbox.Amazon.Auth;

/// <summary>An access token the emulator issued: LWA (from a refresh token) or a Restricted Data Token.</summary>
/// <param name="Token">The token text.</param>
/// <param name="Seller">The refresh token it stands for (the usage plans are per seller authorisation).</param>
/// <param name="ExpiresAt">Sandbox time it stops working.</param>
/// <param name="Restricted">The resources of an RDT; null for an LWA token.</param>
public sealed record IssuedToken(string Token, string Seller, DateTimeOffset ExpiresAt, IReadOnlyList<RestrictedResource>? Restricted)
{
    /// <summary>True for a Restricted Data Token.</summary>
    public bool IsRestricted => Restricted is not null;
}

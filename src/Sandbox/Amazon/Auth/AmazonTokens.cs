using System.Collections.Concurrent;
using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Auth;

/// <summary>The access tokens and Restricted Data Tokens issued, each valid for an hour of sandbox time.</summary>
public sealed class AmazonTokens(TimeProvider clock, int seed)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private long _issued;

    /// <summary>Every token issued so far.</summary>
    public IReadOnlyCollection<IssuedToken> Issued => [.. _tokens.Values];

    /// <summary>A token by its text, or null.</summary>
    public IssuedToken? Find(string? token) => token is null ? null : _tokens.GetValueOrDefault(token);

    /// <summary>Issues an LWA access token for a seller's refresh token.</summary>
    public IssuedToken IssueAccessToken(string seller) => Issue("Atza|IwEBI", seller, null);

    /// <summary>Issues a Restricted Data Token for the resources.</summary>
    public IssuedToken IssueRestricted(string seller, IReadOnlyList<RestrictedResource> resources) => Issue("Atz.sprdt|IQEBL", seller, resources);

    /// <summary>Ends every token's life now (the next call with one gets 403 "expired").</summary>
    public void ExpireAll()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, token) in _tokens)
        {
            _tokens[key] = token with { ExpiresAt = now };
        }
    }

    private IssuedToken Issue(string prefix, string seller, IReadOnlyList<RestrictedResource>? resources)
    {
        var n = Interlocked.Increment(ref _issued);
        var h = SandboxHash.Of(seed, SandboxHash.Stream("amazon/token/" + prefix), n);
        var text = string.Create(CultureInfo.InvariantCulture, $"{prefix}sandbox{n:D6}-{h:x16}{SandboxHash.Mix(h):x16}");
        var token = new IssuedToken(text, seller, clock.GetUtcNow().AddSeconds(AmazonDefaults.TokenLifetimeSeconds), resources);
        _tokens[text] = token;
        return token;
    }
}

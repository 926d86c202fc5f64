using System.Collections.Concurrent;
using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Auth;

/// <summary>
/// Issued access and refresh tokens on the sandbox clock. A refresh rotates the refresh token (the old one stops
/// working) and leaves earlier access tokens to run out on their own.
/// </summary>
public sealed class TrustpilotTokens(TimeProvider clock, int seed)
{
    private readonly ConcurrentDictionary<string, TrustpilotGrant> _byAccess = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrustpilotGrant> _byRefresh = new(StringComparer.Ordinal);
    private long _issued;

    /// <summary>How many grants were issued (first tokens and refreshes).</summary>
    public long Issued => Interlocked.Read(ref _issued);

    /// <summary>The grant of an access token, or null.</summary>
    public TrustpilotGrant? FindAccess(string? token) => token is null ? null : _byAccess.GetValueOrDefault(token);

    /// <summary>Issues tokens; <paramref name="withRefresh"/> false for client_credentials.</summary>
    public TrustpilotGrant Issue(string apiKey, bool withRefresh, TrustpilotKnobs knobs)
    {
        var now = clock.GetUtcNow();
        var n = Interlocked.Increment(ref _issued);
        var grant = new TrustpilotGrant(Text("access", n), withRefresh ? Text("refresh", n) : null, apiKey,
            now.AddSeconds(knobs.AccessTokenSeconds), now.AddSeconds(knobs.RefreshTokenSeconds));
        _byAccess[grant.AccessToken] = grant;
        if (grant.RefreshToken is { } refresh)
        {
            _byRefresh[refresh] = grant;
        }

        return grant;
    }

    /// <summary>A new grant for a live refresh token of the application, or null when it is unknown, used or expired.</summary>
    public TrustpilotGrant? Refresh(string? refreshToken, string apiKey, TrustpilotKnobs knobs)
    {
        if (refreshToken is null || !_byRefresh.TryGetValue(refreshToken, out var old) || old.ApiKey != apiKey || clock.GetUtcNow() >= old.RefreshExpiresAt)
        {
            return null;
        }

        return _byRefresh.TryRemove(refreshToken, out _) ? Issue(apiKey, true, knobs) : null;
    }

    /// <summary>Ends every access token's life now (the next call with one gets 401); refresh tokens still work.</summary>
    public void ExpireAccessTokens()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, grant) in _byAccess)
        {
            _byAccess[key] = grant with { AccessExpiresAt = now };
        }
    }

    private string Text(string kind, long n)
    {
        var h = SandboxHash.Of(seed, SandboxHash.Stream("trustpilot/token/" + kind), n);
        return string.Create(CultureInfo.InvariantCulture, $"{(kind == "access" ? "tpat" : "tprt")}{n:D6}{h:x16}{SandboxHash.Mix(h):x16}");
    }
}

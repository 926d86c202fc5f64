using System.Text;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>
/// Trustpilot's words in the pipeline: the <c>apikey</c> header, a bearer token or the client's Basic credentials,
/// refused with 401; both call quotas of the API key (429); injected 429s in the gateway's quota shape.
/// </summary>
internal sealed class TrustpilotPolicy(TrustpilotEmulator trustpilot, TrustpilotAuth auth) : VendorPolicy
{
    public const string ApiKeyItem = "trustpilot.apikey";
    public const string GrantItem = "trustpilot.grant";

    public override IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (exchange.Header("content-type") is { } type)
        {
            headers["content-type"] = type;
        }

        if (exchange.Header("authorization") is { } authorization)
        {
            headers["authorization"] = authorization.Length > 14 ? authorization[..12] + "…" : "…";
        }

        return headers;
    }

    public override VendorAnswer InjectedThrottle(VendorExchange exchange) => TrustpilotAnswers.QuotaExceeded();

    public override VendorAnswer? Authenticate(VendorExchange exchange)
    {
        switch (auth)
        {
            case TrustpilotAuth.ApiKey:
                var key = exchange.Header("apikey") ?? exchange.Query("apikey");
                if (key != trustpilot.Options.ApiKey)
                {
                    return TrustpilotAnswers.InvalidApiKey();
                }

                exchange.Items[ApiKeyItem] = key;
                return null;
            case TrustpilotAuth.Bearer:
                var header = exchange.Header("authorization");
                var token = header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
                if (trustpilot.Tokens.FindAccess(token) is not { } grant)
                {
                    return TrustpilotAnswers.InvalidToken();
                }

                if (exchange.Now >= grant.AccessExpiresAt)
                {
                    return TrustpilotAnswers.ExpiredToken();
                }

                exchange.Items[ApiKeyItem] = grant.ApiKey;
                exchange.Items[GrantItem] = grant;
                return null;
            default:
                if (Client(exchange.Header("authorization")) is not { } client || client.Key != trustpilot.Options.ApiKey || client.Secret != trustpilot.Options.ApiSecret)
                {
                    return TrustpilotAnswers.OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");
                }

                exchange.Items[ApiKeyItem] = client.Key;
                return null;
        }
    }

    public override VendorAnswer? TokenExpired(VendorExchange exchange) =>
        auth == TrustpilotAuth.Bearer ? TrustpilotAnswers.ExpiredToken() : null;

    public override VendorAnswer? Admit(VendorExchange exchange)
    {
        var knobs = trustpilot.Knobs;
        if (!knobs.RateLimitsEnabled || trustpilot.Quotas.TryTake((string)exchange.Items[ApiKeyItem]!, knobs))
        {
            return null;
        }

        trustpilot.Vendor.Counters.Increment(SandboxCounters.Throttled);
        trustpilot.Vendor.Counters.Increment("quotaExceeded");
        return TrustpilotAnswers.QuotaExceeded();
    }

    /// <summary>The key and secret of <c>Basic base64(key:secret)</c>, or null.</summary>
    private static (string Key, string Secret)? Client(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

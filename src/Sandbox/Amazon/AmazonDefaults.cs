namespace Connectors.Sandbox.Amazon;

/// <summary>The sandbox seller's credentials and ids (what <c>GET /_sandbox</c> prints for <c>amazon</c>).</summary>
public static class AmazonDefaults
{
    /// <summary>The LWA client id of the sandbox application.</summary>
    public const string ClientId = "amzn1.application-oa2-client.sandbox00000000000000000000";

    /// <summary>The LWA client secret.</summary>
    public const string ClientSecret = "amzn1.oa2-cs.v1.sandbox0000000000000000000000000000000000000000000000000000";

    /// <summary>The seller's refresh token (what the seller's authorisation gives an application).</summary>
    public const string RefreshToken = "Atzr|IwEBIsandbox-refresh-token-seller-1";

    /// <summary>The selling partner id of the sandbox seller.</summary>
    public const string SellerId = "A2SANDBOXSELLER1";

    /// <summary>Lifetime of LWA access tokens and Restricted Data Tokens (1 hour).</summary>
    public const int TokenLifetimeSeconds = 3600;

    /// <summary>Path of the LWA token endpoint (<c>https://api.amazon.com/auth/o2/token</c>).</summary>
    public const string TokenPath = "/auth/o2/token";
}

namespace Connectors.Sandbox.Trustpilot;

/// <summary>The sandbox business unit's credentials and ids (what <c>GET /_sandbox</c> prints for <c>trustpilot</c>).</summary>
public static class TrustpilotDefaults
{
    /// <summary>The application's API key (the public API's <c>apikey</c> header, the user of the token endpoint's Basic auth).</summary>
    public const string ApiKey = "sandboxTrustpilotApiKey00000000000";

    /// <summary>The application's API secret.</summary>
    public const string ApiSecret = "sandboxTrustpilotApiSecret000000";

    /// <summary>The business user of the password grant.</summary>
    public const string Username = "owner@sandbox-shop.example.com";

    /// <summary>The business user's password.</summary>
    public const string Password = "sandbox-password";

    /// <summary>The business unit id (24 hex digits, as Trustpilot's ids are).</summary>
    public const string BusinessUnitId = "5f0000000000000000000001";

    /// <summary>The business unit's identifying name: the shop's domain, what <c>/v1/business-units/find?name=</c> looks up.</summary>
    public const string Domain = "sandbox-shop.example.com";

    /// <summary>The business unit's display name.</summary>
    public const string DisplayName = "Sandbox Shop";

    /// <summary>The business user who answers reviews in Trustpilot's UI (replies "made elsewhere").</summary>
    public const string BusinessUserId = "5f00000000000000000000aa";

    /// <summary>Path of the token endpoint.</summary>
    public const string TokenPath = "/v1/oauth/oauth-business-users-for-applications/accesstoken";

    /// <summary>Path of the refresh endpoint.</summary>
    public const string RefreshPath = "/v1/oauth/oauth-business-users-for-applications/refresh";
}

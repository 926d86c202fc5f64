namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>How an endpoint is authenticated.</summary>
internal enum TrustpilotAuth
{
    /// <summary>Public API: the <c>apikey</c> header.</summary>
    ApiKey,

    /// <summary>Private API: <c>Authorization: Bearer</c> with an access token.</summary>
    Bearer,

    /// <summary>The token endpoints: <c>Authorization: Basic base64(key:secret)</c>.</summary>
    Client,
}

using System.Text;

namespace Connectors.Sandbox.Zendesk;

/// <summary>The sandbox account's well-known credentials, so demo configs and tests need no secrets.</summary>
public static class ZendeskDefaults
{
    /// <summary>The account's subdomain (<c>sandbox.zendesk.com</c> on the real service).</summary>
    public const string Subdomain = "sandbox";

    /// <summary>The email of the agent whose API token the sandbox accepts.</summary>
    public const string Email = "sandbox-agent@example.com";

    /// <summary>The API token the sandbox accepts by default.</summary>
    public const string ApiToken = "zd_sandbox_token_000000000000000000000000";

    /// <summary>The <c>Authorization</c> header value of API token auth: <c>Basic base64("{email}/token:{token}")</c>.</summary>
    public static string BasicAuthorization(string email, string apiToken) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}/token:{apiToken}"));
}

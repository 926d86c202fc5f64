using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>A configuration file with the Shopify shop and a Trustpilot connector pointed at an in-process sandbox.</summary>
internal static class TrustpilotSandboxConfig
{
    public static string Write(TempDirectory dir, SandboxServer sandbox, string? routes = null)
    {
        var url = sandbox.BaseUrl.ToString().TrimEnd('/');
        return dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [
                { "name": "shop", "plugin": "shopify", "options": {
                  "shopDomain": "{{sandbox.Shopify.ShopDomain}}", "accessToken": "{{sandbox.Shopify.AccessToken}}", "apiVersion": "2025-04",
                  "endpoint": "{{url}}", "bulkPollInterval": "00:00:00.100" } },
                { "name": "tp", "plugin": "trustpilot", "options": {
                  "apiKey": "{{TrustpilotDefaults.ApiKey}}", "apiSecret": "${env:TRUSTPILOT_API_SECRET}",
                  "username": "{{TrustpilotDefaults.Username}}", "password": "${env:TRUSTPILOT_PASSWORD}",
                  "domain": "{{TrustpilotDefaults.Domain}}", "endpoint": "{{url}}", "startDate": "2022-06-01T00:00:00Z",
                  "replyAsBusinessUserId": "{{TrustpilotDefaults.BusinessUserId}}" } } ]{{(routes is null ? "" : ", \"routes\": " + routes)}} }
            """);
    }

    public static Dictionary<string, string> Env() => new()
    {
        ["TRUSTPILOT_API_SECRET"] = TrustpilotDefaults.ApiSecret,
        ["TRUSTPILOT_PASSWORD"] = TrustpilotDefaults.Password,
    };
}

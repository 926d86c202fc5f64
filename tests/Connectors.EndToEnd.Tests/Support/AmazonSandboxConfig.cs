using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;
using Connectors.Sandbox.Shopify;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>A configuration file with an Amazon connector (and optionally the Shopify shop) pointed at an in-process sandbox.</summary>
internal static class AmazonSandboxConfig
{
    public static string Write(TempDirectory dir, SandboxServer sandbox, bool withShop = false, string? reviewRequests = null)
    {
        var url = sandbox.BaseUrl.ToString().TrimEnd('/');
        var asins = string.Join(", ", AmazonEmulator.Of(sandbox).Catalog.Products.Take(3).Select(p => $"\"{p.Asin}\""));
        var shop = withShop
            ? $$"""
              { "name": "shop", "plugin": "shopify", "options": {
                  "shopDomain": "{{sandbox.Shopify.ShopDomain}}", "accessToken": "{{sandbox.Shopify.AccessToken}}", "apiVersion": "2025-04",
                  "endpoint": "{{url}}", "bulkPollInterval": "00:00:00.100" } },
              """
            : "";
        return dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [ {{shop}}
                { "name": "amz", "plugin": "amazon", {{(reviewRequests is null ? "" : $"\"reviewRequests\": {reviewRequests},")}} "options": {
                  "clientId": "{{AmazonDefaults.ClientId}}", "clientSecret": "${env:AMAZON_CLIENT_SECRET}",
                  "refreshToken": "${env:AMAZON_REFRESH_TOKEN}", "marketplaces": ["US", "DE", "JP"],
                  "endpoint": "{{url}}", "tokenUrl": "{{url}}/auth/o2/token", "restrictedData": true,
                  "startDate": "2022-06-01T00:00:00Z", "reportPollInterval": "00:00:00.050",
                  "asins": [{{asins}}] } } ] }
            """);
    }

    public static Dictionary<string, string> Env() => new()
    {
        ["AMAZON_CLIENT_SECRET"] = AmazonDefaults.ClientSecret,
        ["AMAZON_REFRESH_TOKEN"] = AmazonDefaults.RefreshToken,
    };
}

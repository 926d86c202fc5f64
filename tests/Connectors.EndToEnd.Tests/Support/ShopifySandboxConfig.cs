using Connectors.Sandbox;
using Connectors.Sandbox.Shopify;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>A configuration file with one Shopify connector pointed at an in-process sandbox.</summary>
internal static class ShopifySandboxConfig
{
    public static string Write(TempDirectory dir, SandboxServer sandbox, bool useBulk = true, int? webPort = null) =>
        dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "web": { "urls": "http://127.0.0.1:{{webPort ?? 5080}}" },
              "connectors": [ { "name": "shop", "plugin": "shopify", "options": {
                  "shopDomain": "{{sandbox.Shopify.ShopDomain}}", "accessToken": "${env:SHOP_TOKEN}", "apiVersion": "2025-04",
                  "endpoint": "{{sandbox.BaseUrl.ToString().TrimEnd('/')}}", "webhookSecret": "{{ShopifyDefaults.WebhookSecret}}",
                  "useBulk": {{(useBulk ? "true" : "false")}}, "bulkPollInterval": "00:00:00.100" } } ] }
            """);

    public static Dictionary<string, string> Env(SandboxServer sandbox) => new() { ["SHOP_TOKEN"] = sandbox.Shopify.AccessToken };
}

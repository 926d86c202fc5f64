using Connectors.Sandbox;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Shopify;

namespace Connectors.EndToEnd.Tests.Support;

/// <summary>
/// A configuration with a Shopify shop, a WhatsApp number (<c>wa</c>) and a Messenger Page (<c>fb</c>) of the
/// sandbox's Meta emulator, their secrets from the environment, and the host's web port for the webhooks.
/// </summary>
internal static class MetaSandboxConfig
{
    public static string Write(TempDirectory dir, SandboxServer sandbox, int webPort)
    {
        var graph = MetaEmulator.GraphUrl(sandbox.BaseUrl);
        const string secrets = """ "accessToken": "${env:META_TOKEN}", "appSecret": "${env:META_APP_SECRET}", "verifyToken": "${env:META_VERIFY_TOKEN}" """;
        return dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "web": { "urls": "http://127.0.0.1:{{webPort}}" },
              "connectors": [
                { "name": "shop", "plugin": "shopify", "options": {
                    "shopDomain": "{{sandbox.Shopify.ShopDomain}}", "accessToken": "${env:SHOP_TOKEN}", "apiVersion": "2025-04",
                    "endpoint": "{{sandbox.BaseUrl.ToString().TrimEnd('/')}}", "useBulk": false } },
                { "name": "wa", "plugin": "meta", "options": { "channel": "whatsapp",
                    "phoneNumberId": "{{MetaDefaults.PhoneNumberId}}", "wabaId": "{{MetaDefaults.WhatsAppBusinessAccountId}}",
                    "graphEndpoint": "{{graph}}", {{secrets}} } },
                { "name": "fb", "plugin": "meta", "options": { "channel": "messenger", "pageId": "{{MetaDefaults.PageId}}",
                    "graphEndpoint": "{{graph}}", {{secrets}} } } ] }
            """);
    }

    public static Dictionary<string, string> Env(SandboxServer sandbox) => new()
    {
        ["SHOP_TOKEN"] = sandbox.Shopify.AccessToken,
        ["META_TOKEN"] = MetaDefaults.AccessToken,
        ["META_APP_SECRET"] = MetaDefaults.AppSecret,
        ["META_VERIFY_TOKEN"] = MetaDefaults.VerifyToken,
    };
}

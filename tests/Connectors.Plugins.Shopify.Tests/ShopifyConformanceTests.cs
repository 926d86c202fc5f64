using System.Text;
using Connectors.Abstractions;
using Connectors.Sandbox;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Shopify.Webhooks;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Shopify.Tests;

/// <summary>The test kit's source checks against the sandbox's Shopify emulator (a seeded shop of 30 customers), bulk backfill included.</summary>
public sealed class ShopifyConformanceTests : SourceConformanceTests<ShopifyPlugin>
{
    private const string CustomerPayload =
        """
        {"id":706405506930370084,"email":"bob@example.com","first_name":"Bob","last_name":"Norman","updated_at":"2025-03-01T13:00:00-05:00"}
        """;

    private SandboxServer _sandbox = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 30 });
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() => new ShopifyOptions
    {
        ShopDomain = _sandbox.Shopify.ShopDomain,
        AccessToken = _sandbox.Shopify.AccessToken,
        ApiVersion = "2025-04",
        Endpoint = Server,
        WebhookSecret = ShopifyDefaults.WebhookSecret,
        BulkPollInterval = TimeSpan.FromMilliseconds(100),
    };

    protected override object InvalidOptions() => new ShopifyOptions { ShopDomain = "https://acme.example.com", AccessToken = "", PageSize = 500 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["shopDomain", "accessToken", "pageSize"];

    protected override object RefusedOptions() => Refused((ShopifyOptions)GoodOptions());

    protected override WebhookRequest? SignedWebhook()
    {
        var body = Encoding.UTF8.GetBytes(CustomerPayload);
        return new WebhookRequest(
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["X-Shopify-Topic"] = "customers/update",
                ["X-Shopify-Webhook-Id"] = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
                ["X-Shopify-Hmac-SHA256"] = WebhookSigner.Sign(ShopifyDefaults.WebhookSecret, body),
            },
            body);
    }

    private static ShopifyOptions Refused(ShopifyOptions options)
    {
        options.AccessToken = "shpat_revoked_1111111111111111111111";
        return options;
    }
}

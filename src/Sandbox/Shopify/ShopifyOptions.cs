namespace Connectors.Sandbox.Shopify;

/// <summary>Shopify emulator settings fixed at start (the run-time ones are in <see cref="Knobs"/>).</summary>
public sealed class ShopifyOptions
{
    /// <summary>The emulated shop's domain (sent in webhooks, returned by <c>shop { myshopifyDomain }</c>).</summary>
    public string ShopDomain { get; set; } = "sandbox-shop.myshopify.com";

    /// <summary>Admin API access tokens the shop accepts; each has its own cost bucket.</summary>
    public IList<string> AccessTokens { get; } = [ShopifyDefaults.AccessToken];

    /// <summary>The app's client secret that signs webhooks.</summary>
    public string WebhookSecret { get; set; } = ShopifyDefaults.WebhookSecret;

    /// <summary>Shop currency (ISO 4217).</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>Initial run-time knobs.</summary>
    public ShopifyKnobs Knobs { get; set; } = new();

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!ShopifyDefaults.IsShopDomain(ShopDomain))
        {
            errors.Add($"shopDomain must look like name.myshopify.com, was '{ShopDomain}'");
        }

        if (AccessTokens.Count == 0 || AccessTokens.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("accessTokens must hold at least one non-empty token");
        }

        if (string.IsNullOrEmpty(WebhookSecret))
        {
            errors.Add("webhookSecret must not be empty");
        }

        if (Currency.Length != 3)
        {
            errors.Add($"currency must be an ISO 4217 code, was '{Currency}'");
        }

        errors.AddRange(Knobs.Validate().Select(e => "knobs." + e));
        return errors;
    }
}

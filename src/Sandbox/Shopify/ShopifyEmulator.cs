using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Bulk;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Schema;
using Connectors.Sandbox.Shopify.GraphQL.Values;
using Connectors.Sandbox.Shopify.Throttling;
using Connectors.Sandbox.Shopify.Webhooks;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Shopify;

/// <summary>
/// The Shopify Admin GraphQL emulator: one shop, its seeded data, cost-based throttling per access token,
/// bulk operations and webhooks, plus the knobs tests turn.
/// </summary>
public sealed class ShopifyEmulator : ISandboxEmulator
{
    private static readonly Lazy<GqlSchema> SharedSchema = new(ShopifySchema.Build);
    private ShopifyKnobs _knobs;

    internal ShopifyEmulator(SandboxOptions options, SandboxPeople people, SandboxVendor vendor)
    {
        Options = options.Shopify;
        Vendor = vendor;
        Clock = options.TimeProvider;
        Seed = options.Seed;
        _knobs = options.Shopify.Knobs;
        Store = new ShopifyStore(new ShopifySeedData(people, options), Clock, Options.Currency);
        Buckets = new CostBuckets(Clock);
        Bulk = new ShopifyBulkOperations(this);
        Webhooks = new ShopifyWebhooks(this);
        Policy = new ShopifyPolicy(this);
    }

    /// <summary>Settings fixed at start.</summary>
    public ShopifyOptions Options { get; }

    /// <summary>Faults, counters and received log of the <c>shopify</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The shop's data; change it here or through <c>/_sandbox/shopify/customers</c>.</summary>
    public ShopifyStore Store { get; }

    /// <summary>Bulk operations started against the shop.</summary>
    public ShopifyBulkOperations Bulk { get; }

    /// <summary>Webhook subscriptions and deliveries.</summary>
    public ShopifyWebhooks Webhooks { get; }

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public ShopifyKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    /// <summary>The shop domain (<c>sandbox-shop.myshopify.com</c>).</summary>
    public string ShopDomain => Options.ShopDomain;

    /// <summary>The first accepted access token.</summary>
    public string AccessToken => Options.AccessTokens[0];

    internal TimeProvider Clock { get; }

    internal int Seed { get; }

    internal GqlSchema Schema { get; } = SharedSchema.Value;

    internal CostBuckets Buckets { get; }

    internal ShopifyPolicy Policy { get; }

    internal ShopValue Shop => new(Options.ShopDomain, Options.Currency, Knobs.Plan);

    /// <summary>The GraphQL endpoint for an API version.</summary>
    public static Uri GraphQLUrl(Uri baseUrl, string version = ShopifyDefaults.OldestVersion) =>
        new(baseUrl, $"admin/api/{version}/graphql.json");

    /// <summary>The cost bucket of a token (the first accepted token when null).</summary>
    public ThrottleStatus GetThrottleStatus(string? token = null) => Buckets.For(token ?? AccessToken).Peek(Knobs);

    /// <summary>Refills every cost bucket.</summary>
    public void RefillThrottle() => Buckets.FillAll();

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ShopifyGraphQLEndpoint.Map(endpoints, this);
        ShopifyControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["shopDomain"] = ShopDomain,
        ["accessToken"] = AccessToken,
        ["graphqlUrl"] = GraphQLUrl(baseUrl).ToString(),
        ["apiBaseUrl"] = baseUrl.ToString(),
        ["webhookSecret"] = Options.WebhookSecret,
        ["plan"] = $"{Knobs.Plan} ({Knobs.EffectiveBucketSize}/{Knobs.EffectiveRestoreRate}/s{(Knobs.ThrottlingEnabled ? string.Empty : ", throttling off")})",
        ["customers"] = Store.SeededCustomers.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Stops bulk operations and the webhook sender.</summary>
    public async ValueTask DisposeAsync()
    {
        await Bulk.DisposeAsync();
        await Webhooks.DisposeAsync();
    }
}

using System.Globalization;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Trustpilot.Api;
using Connectors.Sandbox.Trustpilot.Auth;
using Connectors.Sandbox.Trustpilot.Data;
using Connectors.Sandbox.Trustpilot.Limits;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Trustpilot;

/// <summary>
/// The Trustpilot emulator: one business unit (the sandbox shop), business-user OAuth tokens, the business-unit lookup,
/// private service and product reviews written by the sandbox's people (invited ones carry the Shopify customer's
/// email and order id), replies and product-review conversations, both call quotas per API key, and the knobs tests turn.
/// </summary>
public sealed class TrustpilotEmulator : ISandboxEmulator
{
    /// <summary>The vendor name in control URLs and fault settings.</summary>
    public const string VendorName = "trustpilot";

    private readonly ReviewChanges _changes;
    private readonly int _seededReviews;
    private TrustpilotKnobs _knobs;

    internal TrustpilotEmulator(SandboxEmulatorContext context, TrustpilotOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid trustpilot options: " + string.Join("; ", errors), nameof(options));
        }

        var sandbox = context.Options;
        var seed = sandbox.Seed;
        Options = options;
        Vendor = context.Vendor;
        People = context.People;
        _knobs = options.Knobs;
        var end = options.HistoryEnd ?? sandbox.DataEpoch;
        var timeline = new ReviewTimeline(end.AddDays(-sandbox.HistoryDays), end);
        var purchases = new ShopifyPurchases(People, sandbox);
        var catalog = new Catalog(seed);

        // Organic reviewers are drawn from twice the shop's customers: some buy there, some never did.
        var services = new ServiceReviewFactory(seed, People, purchases, options, Math.Max(1, 2L * sandbox.Customers), timeline);
        var products = new ProductReviewFactory(seed, People, purchases, catalog, timeline);
        var serviceCount = options.EffectiveServiceReviews(sandbox);
        var productCount = options.EffectiveProductReviews(sandbox);
        _seededReviews = serviceCount;
        Reviews = new ServiceReviews(() => Enumerable.Range(0, serviceCount).Select(n => services.Create(n)), services.Create, context.Clock);
        ProductReviews = new ProductReviews(
            () => Enumerable.Range(0, productCount).Select(n => products.Create(n)).OfType<ProductReview>(),
            products.Create,
            context.Clock,
            (kind, n) => TrustpilotIds.Of(seed, kind, n));
        Tokens = new TrustpilotTokens(context.Clock, seed);
        Refreshes = new RefreshLimiter(context.Clock);
        Quotas = new CallQuotas(context.Clock);
        _changes = new ReviewChanges(seed, People, purchases, catalog, products);
    }

    /// <summary>Settings fixed at start.</summary>
    public TrustpilotOptions Options { get; }

    /// <summary>Faults, counters and received log of the <c>trustpilot</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public TrustpilotKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    /// <summary>The business unit's service reviews.</summary>
    public ServiceReviews Reviews { get; }

    /// <summary>The business unit's product reviews and their conversations.</summary>
    public ProductReviews ProductReviews { get; }

    /// <summary>Issued tokens.</summary>
    public TrustpilotTokens Tokens { get; }

    /// <summary>Refreshes per application in the last minute.</summary>
    public RefreshLimiter Refreshes { get; }

    /// <summary>The call quotas per API key.</summary>
    public CallQuotas Quotas { get; }

    /// <summary>The sandbox's people (a reviewer is <c>People.Get(review.PersonIndex)</c>).</summary>
    public SandboxPeople People { get; }

    /// <summary>The Trustpilot emulator of a running sandbox.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox has no Trustpilot emulator.</exception>
    public static TrustpilotEmulator Of(SandboxServer sandbox) => sandbox.Emulator<TrustpilotEmulator>();

    /// <summary>Adds a review written now by a sandbox person (<see cref="ServiceReviewChange"/>).</summary>
    /// <exception cref="ArgumentException">The change lacks the person or the stars, or asks for an invitation without an order.</exception>
    public ServiceReview AddReview(ServiceReviewChange change)
    {
        var (review, problem) = _changes.AddService(Reviews, change);
        return review ?? throw new ArgumentException(problem, nameof(change));
    }

    /// <summary>Changes a review (as its writer edits it); its <c>updatedAt</c> becomes the sandbox time. Null when it does not exist.</summary>
    /// <exception cref="ArgumentException">The stars are out of range.</exception>
    public ServiceReview? ChangeReview(string id, ServiceReviewChange change)
    {
        var (review, problem) = ReviewChanges.ChangeService(Reviews, id, change);
        return problem is null ? review : throw new ArgumentException(problem, nameof(change));
    }

    /// <summary>Posts a reply as the business does in Trustpilot's UI (not through the API); null when the review does not exist.</summary>
    public ServiceReview? ReplyElsewhere(string id, string message, string? authorBusinessUserId = null) =>
        Reviews.Reply(id, message, authorBusinessUserId ?? TrustpilotDefaults.BusinessUserId);

    /// <summary>Adds a product review written now by a sandbox person (<see cref="ProductReviewChange"/>).</summary>
    /// <exception cref="ArgumentException">The change is incomplete or names an unknown SKU or state.</exception>
    public ProductReview AddProductReview(ProductReviewChange change)
    {
        var (review, problem) = _changes.AddProduct(ProductReviews, change);
        return review ?? throw new ArgumentException(problem, nameof(change));
    }

    internal (ServiceReview? Review, string? Problem) TryAddReview(ServiceReviewChange change) => _changes.AddService(Reviews, change);

    internal (ServiceReview? Review, string? Problem) TryChangeReview(string id, ServiceReviewChange change) => ReviewChanges.ChangeService(Reviews, id, change);

    internal (ProductReview? Review, string? Problem) TryAddProductReview(ProductReviewChange change) => _changes.AddProduct(ProductReviews, change);

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TokenEndpoints.Map(endpoints, this);
        BusinessUnitEndpoints.Map(endpoints, this);
        ServiceReviewsEndpoints.Map(endpoints, this);
        ProductReviewsEndpoints.Map(endpoints, this);
        TrustpilotControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["endpoint"] = baseUrl.ToString(),
        ["apiKey"] = Options.ApiKey,
        ["apiSecret"] = Options.ApiSecret,
        ["username"] = Options.Username,
        ["password"] = Options.Password,
        ["businessUnitId"] = Options.BusinessUnitId,
        ["domain"] = Options.Domain,
        ["serviceReviews"] = _seededReviews.ToString(CultureInfo.InvariantCulture),
        ["rateLimits"] = Knobs.RateLimitsEnabled ? $"{Knobs.CallsPerFiveMinutes}/5 min, {Knobs.CallsPerHour}/hour" : "off",
    };

    /// <summary>Nothing runs in the background.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using System.Globalization;
using Connectors.Sandbox.Amazon.Api;
using Connectors.Sandbox.Amazon.Auth;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Amazon.Limits;
using Connectors.Sandbox.Amazon.Reports;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon;

/// <summary>
/// The Amazon Selling Partner API emulator: one seller on every served marketplace, LWA and Restricted Data Tokens,
/// Orders v0 and 2026-01-01 over seeded orders of the sandbox's people, Reports with seller feedback and FBA returns
/// documents generated as they are downloaded, Solicitations, Customer Feedback review topics, usage plans per seller
/// and operation, and the knobs tests turn.
/// </summary>
public sealed class AmazonEmulator : ISandboxEmulator
{
    /// <summary>The vendor name in control URLs and fault settings.</summary>
    public const string VendorName = "amazon";

    private AmazonKnobs _knobs;
    private long _requests;

    internal AmazonEmulator(SandboxEmulatorContext context, AmazonOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid amazon options: " + string.Join("; ", errors), nameof(options));
        }

        var sandbox = context.Options;
        Options = options;
        Vendor = context.Vendor;
        Clock = context.Clock;
        Seed = sandbox.Seed;
        People = context.People;
        _knobs = options.Knobs;
        FirstBuyer = options.EffectiveFirstBuyer(sandbox);
        Buyers = options.EffectiveBuyers(sandbox);
        Catalog = new Catalog(Seed);
        var buyers = new AmazonBuyers(Seed, options.AnonymisedEmailShare);
        var factory = new AmazonOrderFactory(Seed, People, Catalog, (options.EffectiveOrders(sandbox), FirstBuyer, Buyers), options.HistoryEnd ?? sandbox.DataEpoch, sandbox.HistoryDays);
        Orders = new AmazonOrders(factory, Clock);
        Tokens = new AmazonTokens(Clock, Seed);
        Buckets = new UsagePlanBuckets(Clock);
        Documents = new ReportDocuments(Orders, new FeedbackAndReturns(Seed, options, People, buyers));
        Reports = new AmazonReports(() => Knobs, Documents, Clock, Seed);
        DocumentLinks = new DocumentLinks(Seed, () => Knobs);
        ReviewTopics = new ReviewTopics(Seed);
        OrderJsonV0 = new OrderJsonV0(People, buyers);
        OrderJson2026 = new OrderJson2026(People, buyers);
    }

    /// <summary>Settings fixed at start.</summary>
    public AmazonOptions Options { get; }

    /// <summary>Faults, counters and received log of the <c>amazon</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public AmazonKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    /// <summary>The seller's catalogue.</summary>
    public Catalog Catalog { get; }

    /// <summary>The seller's orders (seeded, added, changed).</summary>
    public AmazonOrders Orders { get; }

    /// <summary>Issued access tokens and RDTs.</summary>
    public AmazonTokens Tokens { get; }

    /// <summary>Requested reports.</summary>
    public AmazonReports Reports { get; }

    /// <summary>Review requests sent.</summary>
    public Solicitations Solicitations { get; } = new();

    /// <summary>The usage-plan buckets per seller and operation.</summary>
    public UsagePlanBuckets Buckets { get; }

    /// <summary>First sandbox person who buys on Amazon.</summary>
    public long FirstBuyer { get; }

    /// <summary>How many consecutive sandbox people buy on Amazon.</summary>
    public long Buyers { get; }

    /// <summary>The sandbox's people (buyer #i is <c>People.Get(i)</c>).</summary>
    public SandboxPeople People { get; }

    internal TimeProvider Clock { get; }

    internal int Seed { get; }

    internal ReportDocuments Documents { get; }

    internal DocumentLinks DocumentLinks { get; }

    internal ReviewTopics ReviewTopics { get; }

    internal OrderJsonV0 OrderJsonV0 { get; }

    internal OrderJson2026 OrderJson2026 { get; }

    /// <summary>The Amazon emulator of a running sandbox.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox has no Amazon emulator.</exception>
    public static AmazonEmulator Of(SandboxServer sandbox) => sandbox.Emulator<AmazonEmulator>();

    /// <summary>The LWA token URL of a sandbox (Amazon's is <c>https://api.amazon.com/auth/o2/token</c>).</summary>
    public static Uri TokenUrl(Uri baseUrl) => new(baseUrl, AmazonDefaults.TokenPath.TrimStart('/'));

    /// <summary>The SP-API endpoint of a region (<c>na</c>, <c>eu</c>, <c>fe</c>), or the one serving every marketplace.</summary>
    public static Uri Endpoint(Uri baseUrl, string? region = null) => region is null ? baseUrl : new Uri(baseUrl, region + "/");

    /// <summary>A deterministic <c>x-amzn-RequestId</c> (a UUID) for the next answer.</summary>
    internal string NextRequestId()
    {
        var h = SandboxHash.Of(Seed, SandboxHash.Stream("amazon/request"), Interlocked.Increment(ref _requests));
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, h);
        BitConverter.TryWriteBytes(bytes[8..], SandboxHash.Mix(h));
        return new Guid(bytes).ToString();
    }

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        LwaEndpoint.Map(endpoints, this);
        TokensEndpoint.Map(endpoints, this);
        OrdersV0Endpoints.Map(endpoints, this);
        OrdersEndpoints.Map(endpoints, this);
        ReportsEndpoints.Map(endpoints, this);
        DocumentDownload.Map(endpoints, this);
        SolicitationsEndpoints.Map(endpoints, this);
        CustomerFeedbackEndpoints.Map(endpoints, this);
        AmazonControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["tokenUrl"] = TokenUrl(baseUrl).ToString(),
        ["clientId"] = Options.ClientId,
        ["clientSecret"] = Options.ClientSecret,
        ["refreshToken"] = Options.RefreshTokens[0],
        ["sellerId"] = AmazonDefaults.SellerId,
        ["endpoint"] = Endpoint(baseUrl).ToString(),
        ["naEndpoint"] = Endpoint(baseUrl, "na").ToString(),
        ["euEndpoint"] = Endpoint(baseUrl, "eu").ToString(),
        ["feEndpoint"] = Endpoint(baseUrl, "fe").ToString(),
        ["marketplaces"] = string.Join(",", Marketplaces.All.Select(m => $"{m.CountryCode}={m.Id}")),
        ["orders"] = Orders.SeededCount.ToString(CultureInfo.InvariantCulture),
        ["usagePlans"] = Knobs.UsagePlansEnabled ? $"enforced (rate x{Knobs.RateScale.ToString(CultureInfo.InvariantCulture)})" : "off",
    };

    /// <summary>Nothing runs in the background.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

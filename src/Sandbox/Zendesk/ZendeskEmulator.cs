using System.Globalization;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Zendesk.Api;
using Connectors.Sandbox.Zendesk.Data;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk;

/// <summary>
/// The Zendesk Support emulator: one account with API token auth, users (create or update by external id or
/// email), tickets (create with <c>Idempotency-Key</c>, update, list by external id, bulk jobs), the per-minute
/// rate limit with Zendesk's headers, and the knobs tests turn.
/// </summary>
public sealed class ZendeskEmulator : ISandboxEmulator
{
    private ZendeskKnobs _knobs;

    internal ZendeskEmulator(SandboxOptions options, SandboxVendor vendor, ZendeskOptions? zendesk = null)
    {
        Options = zendesk ?? new ZendeskOptions();
        var errors = Options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid zendesk options: " + string.Join("; ", errors), nameof(zendesk));
        }

        Vendor = vendor;
        Clock = options.TimeProvider;
        _knobs = Options.Knobs;
        Store = new ZendeskStore(Clock, Options.Email);
        Jobs = new ZendeskJobs(Clock, options.Seed);
        Rate = new RateWindow(Clock);
        TicketUpdates = new TicketUpdateLimiter(Clock);
        Policy = new ZendeskPolicy(this, ticketing: false);
        TicketingPolicy = new ZendeskPolicy(this, ticketing: true);
    }

    /// <summary>The vendor name in control URLs and fault settings.</summary>
    public const string VendorName = "zendesk";

    /// <summary>Settings fixed at start.</summary>
    public ZendeskOptions Options { get; }

    /// <summary>Faults, counters and received log of the <c>zendesk</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The account's users and tickets.</summary>
    public ZendeskStore Store { get; }

    /// <summary>Job statuses of the bulk endpoints.</summary>
    public ZendeskJobs Jobs { get; }

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public ZendeskKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    /// <summary>The agent email the API token belongs to.</summary>
    public string Email => Options.Email;

    /// <summary>The first accepted API token.</summary>
    public string ApiToken => Options.ApiTokens[0];

    internal TimeProvider Clock { get; }

    internal RateWindow Rate { get; }

    internal ZendeskPolicy Policy { get; }

    internal ZendeskPolicy TicketingPolicy { get; }

    internal TicketUpdateLimiter TicketUpdates { get; }

    internal IdempotencyCache Idempotency { get; } = new();

    internal Lock IdempotencyGate { get; } = new();

    /// <summary>The Zendesk emulator of a running sandbox.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox has no Zendesk emulator.</exception>
    public static ZendeskEmulator Of(SandboxServer sandbox) => sandbox.Emulator<ZendeskEmulator>();

    /// <summary>Forgets every user but the agent, every ticket, job and idempotency key, and the rate windows.</summary>
    public void Clear()
    {
        Store.Clear();
        Jobs.Clear();
        Idempotency.Clear();
        TicketUpdates.Clear();
        Rate.Reset();
    }

    /// <summary>Starts a fresh per-minute window (the next request has the whole budget).</summary>
    public void ResetRateLimit() => Rate.Reset();

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ZendeskUsersEndpoints.Map(endpoints, this);
        ZendeskTicketsEndpoints.Map(endpoints, this);
        ZendeskJobsEndpoints.Map(endpoints, this);
        ZendeskControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["subdomain"] = Options.Subdomain,
        ["email"] = Email,
        ["apiToken"] = ApiToken,
        ["endpoint"] = baseUrl.ToString().TrimEnd('/'),
        ["plan"] = string.Create(CultureInfo.InvariantCulture,
            $"{Knobs.Plan} ({Knobs.EffectiveRequestsPerMinute} requests/minute{(Knobs.RateLimitEnabled ? "" : ", not enforced")})"),
    };

    /// <summary>Nothing runs in the background.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

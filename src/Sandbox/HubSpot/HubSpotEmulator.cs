using System.Globalization;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.HubSpot.Api;
using Connectors.Sandbox.HubSpot.Data;
using Connectors.Sandbox.HubSpot.Limits;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot;

/// <summary>
/// The HubSpot CRM v3 emulator: one account with contacts, notes on their timeline, custom properties with unique
/// values, private-app bearer auth, the rolling 10-second and daily limits with their headers, and the knobs tests turn.
/// It starts empty: a sink writes into it, and tests read back what arrived.
/// </summary>
public sealed class HubSpotEmulator : ISandboxEmulator
{
    private HubSpotKnobs _knobs = new();
    private int _lostWritesArmed;
    private long _writes;
    private long _correlations;

    internal HubSpotEmulator(SandboxOptions options, SandboxVendor vendor)
    {
        Vendor = vendor;
        Clock = options.TimeProvider;
        Seed = options.Seed;
        Store = new HubSpotStore(Clock, () => Knobs);
        Limits = new HubSpotRateLimits(Clock);
        Policy = new HubSpotPolicy(this, search: false);
        SearchPolicy = new HubSpotPolicy(this, search: true);
    }

    /// <summary>Faults, counters and received log of the <c>hubspot</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The account's contacts, notes and property definitions.</summary>
    public HubSpotStore Store { get; }

    /// <summary>The rate windows per token.</summary>
    public HubSpotRateLimits Limits { get; }

    /// <summary>Every contact, in id order.</summary>
    public IReadOnlyList<HubSpotRecord> Contacts => Store.Contacts;

    /// <summary>Every note, in id order, with its associations.</summary>
    public IReadOnlyList<HubSpotRecord> Notes => Store.Notes;

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>). Re-arms <see cref="HubSpotKnobs.LoseNextWrites"/>.</summary>
    public HubSpotKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set
        {
            SandboxKnobs.Publish(ref _knobs, value, value.Validate());
            Interlocked.Exchange(ref _lostWritesArmed, value.LoseNextWrites);
        }
    }

    /// <summary>The first accepted access token.</summary>
    public string AccessToken => Knobs.AccessTokens[0];

    internal TimeProvider Clock { get; }

    internal int Seed { get; }

    internal HubSpotPolicy Policy { get; }

    internal HubSpotPolicy SearchPolicy { get; }

    /// <summary>The rate state of a token (the first accepted token when null).</summary>
    public RateLimitStatus GetRateLimitStatus(string? token = null) => Limits.Status(token ?? AccessToken, Knobs);

    /// <summary>A deterministic correlation id for the next error body.</summary>
    internal string NextCorrelationId()
    {
        var h = SandboxHash.Of(Seed, SandboxHash.Stream("hubspot/correlation"), Interlocked.Increment(ref _correlations));
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, h);
        BitConverter.TryWriteBytes(bytes[8..], SandboxHash.Mix(h));
        return new Guid(bytes).ToString();
    }

    /// <summary>Whether the answer to a write that just succeeded is to be lost (by count first, then by share).</summary>
    internal bool TryLoseWrite(string path)
    {
        if (Knobs.LoseWritesMatching is { Length: > 0 } matching && !path.Contains(matching, StringComparison.Ordinal))
        {
            return false;
        }

        if (Interlocked.Decrement(ref _lostWritesArmed) >= 0)
        {
            return true;
        }

        Interlocked.Exchange(ref _lostWritesArmed, 0);
        var share = Knobs.LostWriteShare;
        var ordinal = Interlocked.Increment(ref _writes);
        return share > 0 && SandboxHash.Unit(SandboxHash.Of(Seed, SandboxHash.Stream("hubspot/lost"), ordinal)) < share;
    }

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ObjectEndpoints.Map(endpoints, this);
        BatchEndpoints.Map(endpoints, this);
        SearchEndpoint.Map(endpoints, this);
        PropertyEndpoints.Map(endpoints, this);
        HubSpotControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["accessToken"] = AccessToken,
        ["endpoint"] = baseUrl.ToString().TrimEnd('/'),
        ["rateLimit"] = Knobs.RateLimitingEnabled
            ? string.Create(CultureInfo.InvariantCulture, $"{Knobs.RequestsPerWindow} per {Knobs.WindowMilliseconds} ms, {Knobs.DailyLimit} per day")
            : "off",
        ["contacts"] = Store.Contacts.Count.ToString(CultureInfo.InvariantCulture),
        ["notes"] = Store.Notes.Count.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Nothing runs in the background.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

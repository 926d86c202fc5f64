using System.Text.Json.Serialization;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// Where a stream stands, as JSON: report streams per marketplace (<c>through</c> and the report in flight, so a restart
/// polls the same report instead of requesting another), orders per region (<c>since</c> and the pass in flight), review
/// topics with when they were last read.
/// </summary>
internal sealed class AmazonCheckpoint
{
    public const int CurrentVersion = 1;

    public const string Example =
        "{\"version\":1,\"marketplaces\":{\"ATVPDKIKX0DER\":{\"through\":\"2026-05-01T10:00:00+00:00\"}}}";

    [JsonPropertyName("version")]
    public int Version { get; set; } = CurrentVersion;

    [JsonPropertyName("marketplaces")]
    public Dictionary<string, MarketplaceState>? Marketplaces { get; set; }

    [JsonPropertyName("regions")]
    public Dictionary<string, RegionState>? Regions { get; set; }

    [JsonPropertyName("refreshedAt")]
    public DateTimeOffset? RefreshedAt { get; set; }

    private static readonly CheckpointFormat<AmazonCheckpoint> Format =
        new(CheckpointJsonContext.Default, AmazonPlugin.PluginId, Example, "Reset the stream's checkpoint to read it again from startDate.");

    public static AmazonCheckpoint Parse(string? json)
    {
        if (Format.Read(json) is not { } checkpoint)
        {
            return new AmazonCheckpoint();
        }

        if (checkpoint.Version != CurrentVersion)
        {
            throw Format.Invalid(json!, $"version {checkpoint.Version} is not {CurrentVersion}");
        }

        if (checkpoint.Marketplaces?.Values.Any(m => m is null || m.Report is { Id.Length: 0 } || m.Report?.Rows < 0) == true)
        {
            throw Format.Invalid(json!, "a report needs an id and a non-negative row count");
        }

        return checkpoint;
    }

    public MarketplaceState Marketplace(string id) =>
        (Marketplaces ??= new(StringComparer.Ordinal)).TryGetValue(id, out var state) ? state : Marketplaces[id] = new MarketplaceState();

    public RegionState Region(string region) =>
        (Regions ??= new(StringComparer.Ordinal)).TryGetValue(region, out var state) ? state : Regions[region] = new RegionState();

    public string Serialize() => Format.Write(this);
}

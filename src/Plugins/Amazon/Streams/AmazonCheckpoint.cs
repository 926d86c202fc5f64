using System.Text.Json;

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

    public int Version { get; set; } = CurrentVersion;

    public Dictionary<string, MarketplaceState>? Marketplaces { get; set; }

    public Dictionary<string, RegionState>? Regions { get; set; }

    public DateTimeOffset? RefreshedAt { get; set; }

    public static AmazonCheckpoint Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new AmazonCheckpoint();
        }

        AmazonCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize(json, CheckpointJsonContext.Default.AmazonCheckpoint);
        }
        catch (JsonException ex)
        {
            throw Invalid(json, ex.Message, ex);
        }

        if (checkpoint is null)
        {
            throw Invalid(json, "it is null", null);
        }

        if (checkpoint.Version != CurrentVersion)
        {
            throw Invalid(json, $"version {checkpoint.Version} is not {CurrentVersion}", null);
        }

        if (checkpoint.Marketplaces?.Values.Any(m => m is null || m.Report is { Id.Length: 0 } || m.Report?.Rows < 0) == true)
        {
            throw Invalid(json, "a report needs an id and a non-negative row count", null);
        }

        return checkpoint;
    }

    public MarketplaceState Marketplace(string id) =>
        (Marketplaces ??= new(StringComparer.Ordinal)).TryGetValue(id, out var state) ? state : Marketplaces[id] = new MarketplaceState();

    public RegionState Region(string region) =>
        (Regions ??= new(StringComparer.Ordinal)).TryGetValue(region, out var state) ? state : Regions[region] = new RegionState();

    public string Serialize() => JsonSerializer.Serialize(this, CheckpointJsonContext.Default.AmazonCheckpoint);

    private static InvalidOperationException Invalid(string json, string why, Exception? inner) => new(
        $"The amazon checkpoint '{json}' is not valid ({why}); expected JSON such as {Example}. Reset the stream's checkpoint to read it again from startDate.",
        inner);
}

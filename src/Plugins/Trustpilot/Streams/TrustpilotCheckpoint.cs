using System.Text.Json.Serialization;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Trustpilot.Streams;

/// <summary>
/// Where a stream stands, as JSON: <c>through</c>, the newest creation time a finished pass read, and the pass in
/// flight (its page and bounds), so a restart resumes on the page it stopped at instead of reading the window again.
/// </summary>
internal sealed class TrustpilotCheckpoint
{
    public const int CurrentVersion = 1;

    public const string Example = "{\"version\":1,\"through\":\"2026-05-01T10:00:00+00:00\"}";

    private static readonly CheckpointFormat<TrustpilotCheckpoint> Format =
        new(CheckpointJsonContext.Default, TrustpilotPlugin.PluginId, Example, "Reset the stream's checkpoint to read it again from startDate.");

    [JsonPropertyName("version")]
    public int Version { get; set; } = CurrentVersion;

    [JsonPropertyName("through")]
    public DateTimeOffset? Through { get; set; }

    [JsonPropertyName("pass")]
    public PassState? Pass { get; set; }

    public static TrustpilotCheckpoint Parse(string? json)
    {
        if (Format.Read(json) is not { } checkpoint)
        {
            return new TrustpilotCheckpoint();
        }

        if (checkpoint.Version != CurrentVersion)
        {
            throw Format.Invalid(json!, $"version {checkpoint.Version} is not {CurrentVersion}");
        }

        if (checkpoint.Pass is { } pass && (pass.Page < 1 || (pass.Start is null && pass.StopBefore is null)))
        {
            throw Format.Invalid(json!, "a pass needs a page from 1 and its start or stopBefore");
        }

        return checkpoint;
    }

    public string Serialize() => Format.Write(this);

    /// <summary>The checkpoint after a finished pass that saw reviews up to <paramref name="newest"/>.</summary>
    public static string Finished(DateTimeOffset? newest) => new TrustpilotCheckpoint { Through = newest }.Serialize();

    /// <summary>The checkpoint in the middle of a pass: this one's <c>through</c>, the pass at its next page.</summary>
    public string InPass(PassState pass) => new TrustpilotCheckpoint { Through = Through, Pass = pass }.Serialize();
}

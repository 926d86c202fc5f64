using System.Text.Json.Serialization;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Meta.Streams;

/// <summary>
/// Where <c>conversations</c> stands, as strict JSON: <c>through</c>, the newest <c>updated_time</c> a finished pass
/// read (the next pass reads conversations updated since), and the pass in flight, resumed at its cursor.
/// </summary>
internal sealed class ConversationsCheckpoint
{
    public const int CurrentVersion = 1;

    public const string Example = "{\"version\":1,\"through\":\"2026-12-01T10:00:00+00:00\"}";

    private static readonly CheckpointFormat<ConversationsCheckpoint> Format =
        new(CheckpointJsonContext.Default, MetaPlugin.PluginId, Example, "Reset the stream's checkpoint to read the history again from backfillDays.");

    [JsonPropertyName("version")]
    public int Version { get; set; } = CurrentVersion;

    [JsonPropertyName("through")]
    public DateTimeOffset? Through { get; set; }

    [JsonPropertyName("pass")]
    public HistoryPass? Pass { get; set; }

    public static ConversationsCheckpoint Parse(string? json)
    {
        if (Format.Read(json) is not { } checkpoint)
        {
            return new ConversationsCheckpoint();
        }

        if (checkpoint.Version != CurrentVersion)
        {
            throw Format.Invalid(json!, $"version {checkpoint.Version} is not {CurrentVersion}");
        }

        if (checkpoint.Pass is { } pass && (pass.After.Length == 0 || pass.StopBefore == default))
        {
            throw Format.Invalid(json!, "a pass needs its after cursor and stopBefore");
        }

        return checkpoint;
    }

    public static string Finished(DateTimeOffset? newest) => Format.Write(new ConversationsCheckpoint { Through = newest });

    public string InPass(HistoryPass pass) => Format.Write(new ConversationsCheckpoint { Through = Through, Pass = pass });
}

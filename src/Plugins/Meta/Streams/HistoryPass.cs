using System.Text.Json.Serialization;

namespace Connectors.Plugins.Meta.Streams;

/// <summary>A pass through the conversation pages that has not reached its end: where it resumes after a restart.</summary>
internal sealed class HistoryPass
{
    /// <summary>Conversations (and messages) updated before this were read by an earlier pass.</summary>
    [JsonPropertyName("stopBefore")]
    public DateTimeOffset StopBefore { get; set; }

    /// <summary>Graph's <c>after</c> cursor of the next page.</summary>
    [JsonPropertyName("after")]
    public string After { get; set; } = "";

    /// <summary>The newest <c>updated_time</c> the pass has seen.</summary>
    [JsonPropertyName("newest")]
    public DateTimeOffset? Newest { get; set; }
}

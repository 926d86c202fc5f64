using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>A report requested and not yet read to its end: its id, data range, and the rows already committed.</summary>
internal sealed class PendingReport
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";

    [JsonPropertyName("start")]
    public DateTimeOffset Start { get; set; }

    [JsonPropertyName("end")]
    public DateTimeOffset End { get; set; }

    [JsonPropertyName("rows")]
    public long Rows { get; set; }
}

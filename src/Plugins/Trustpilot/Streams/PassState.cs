using System.Text.Json.Serialization;

namespace Connectors.Plugins.Trustpilot.Streams;

/// <summary>A pass through the pages that has not reached its end: where it resumes after a restart.</summary>
internal sealed class PassState
{
    /// <summary>The service pass's <c>startDateTime</c>; each page of one pass must be asked with the same.</summary>
    [JsonPropertyName("start")]
    public DateTimeOffset? Start { get; set; }

    /// <summary>The product pass's end: reviews created before it were read by an earlier pass.</summary>
    [JsonPropertyName("stopBefore")]
    public DateTimeOffset? StopBefore { get; set; }

    /// <summary>The next page to read (from 1).</summary>
    [JsonPropertyName("page")]
    public int Page { get; set; } = 1;

    /// <summary>The newest creation time the pass has seen so far.</summary>
    [JsonPropertyName("newest")]
    public DateTimeOffset? Newest { get; set; }
}

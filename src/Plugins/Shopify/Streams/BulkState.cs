using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>A bulk operation being waited for or downloaded.</summary>
/// <param name="Id">The operation's global id, to re-attach to after a restart.</param>
/// <param name="Lines">Result lines already committed (read past on resume).</param>
/// <param name="Partial">Whether the lines come from <c>partialDataUrl</c> of a failed operation.</param>
internal sealed record BulkState(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lines")] long Lines,
    [property: JsonPropertyName("partial")] bool Partial = false);

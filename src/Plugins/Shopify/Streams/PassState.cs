using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>A paging pass not yet finished: its filter's lower bound and the cursor after the last committed page.</summary>
/// <param name="From">The pass's lower bound on <c>updatedAt</c>; <c>null</c> reads the whole connection.</param>
/// <param name="Cursor">The end cursor of the last committed page; <c>null</c> before the first.</param>
/// <param name="StartedAt">When the pass began (becomes <c>syncedAt</c> when it ends).</param>
internal sealed record PassState(
    [property: JsonPropertyName("from")] DateTimeOffset? From,
    [property: JsonPropertyName("cursor")] string? Cursor,
    [property: JsonPropertyName("startedAt")] DateTimeOffset StartedAt);

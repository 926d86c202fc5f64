namespace Connectors.Abstractions;

/// <summary>A raw webhook delivery, exactly as received, so signatures can be checked over the original bytes.</summary>
/// <param name="Headers">Request headers; look-ups ignore case.</param>
/// <param name="Body">The body bytes as received.</param>
public sealed record WebhookRequest(IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body);

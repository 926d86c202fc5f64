namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>What an enricher found (language, sentiment, topic, priority, ...); the score is a confidence or the sentiment.</summary>
internal sealed record EnvelopeAnnotation(string Name, string Value, double? Score, string? Evidence);

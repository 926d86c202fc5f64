namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>A consent with where and when it was recorded.</summary>
internal sealed record EnvelopeConsent(bool Granted, string Source, string? RecordedAt);

namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>Another identity of the customer on a channel.</summary>
internal sealed record EnvelopeIdentity(string Channel, string ExternalId);

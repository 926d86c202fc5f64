namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>A rating: normalised to 0..1, as given, and its scale (<c>stars-1-5</c>, <c>nps-0-10</c>, <c>csat-1-5</c>).</summary>
internal sealed record EnvelopeRating(double Value, double Raw, string Scale);

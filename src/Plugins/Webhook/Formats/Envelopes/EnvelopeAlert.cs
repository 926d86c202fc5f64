namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>An alert rule's breach.</summary>
internal sealed record EnvelopeAlert(
    string Key,
    string Rule,
    string Message,
    string Metric,
    string Dimension,
    double? Value,
    double? Baseline,
    double? Threshold,
    int ItemCount,
    string WindowStart,
    string WindowEnd,
    IReadOnlyList<string> Examples);

namespace Connectors.Abstractions;

/// <summary>How much a sink takes at once and how fast.</summary>
/// <param name="BatchSize">Items per push.</param>
/// <param name="RequestsPerWindow">Requests allowed per <paramref name="Window"/>.</param>
/// <param name="Window">The rate window.</param>
public sealed record SinkLimits(int BatchSize, int RequestsPerWindow, TimeSpan Window);

namespace Connectors.Plugins.Amazon.Throttling;

/// <summary>An operation's usage plan: the steady rate (requests per second) and the burst a full bucket allows.</summary>
internal sealed record UsagePlan(double Rate, int Burst);

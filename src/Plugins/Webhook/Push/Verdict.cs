using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Push;

/// <summary>An item's result, and how long the receiver asked everyone to hold off when it refused for rate (a 429).</summary>
internal sealed record Verdict(SinkItemResult Result, TimeSpan? Throttle = null);

using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>One item on its way out: what it is, which connector sends it, and the moment it is signed and sent.</summary>
/// <param name="Item">The outbox item.</param>
/// <param name="Kind">See <see cref="ItemKinds"/>.</param>
/// <param name="Connector">The connector instance's name.</param>
/// <param name="SentAt">The delivery's time, the same in the body and in <c>X-Connectors-Timestamp</c>.</param>
internal sealed record DeliveryItem(SinkItem Item, string Kind, string Connector, DateTimeOffset SentAt);

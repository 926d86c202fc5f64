using System.Globalization;

namespace Connectors.Sandbox.Webhook.Data;

/// <summary>
/// Everything the receiver accepted, in arrival order, and which <c>(hook, X-Connectors-Delivery)</c> pairs it has seen:
/// a repeat is answered like the first time but not stored twice. Thread-safe: concurrent repeats store one delivery.
/// </summary>
public sealed class DeliveryStore
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedDelivery> _deliveries = [];
    private readonly Dictionary<(string Hook, string DeliveryId), int> _index = [];
    private long _ids;

    /// <summary>Every accepted delivery, oldest first.</summary>
    public IReadOnlyList<ReceivedDelivery> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>The accepted deliveries of one hook (or vendor path), oldest first.</summary>
    public IReadOnlyList<ReceivedDelivery> For(string hook) => [.. All.Where(d => string.Equals(d.Hook, hook, StringComparison.Ordinal))];

    /// <summary>Stores a delivery unless its delivery id was seen on the same hook; then the first one comes back, marked a duplicate.</summary>
    internal (ReceivedDelivery Delivery, bool Duplicate) Accept(Func<string, ReceivedDelivery> create, string hook, string? deliveryId)
    {
        lock (_gate)
        {
            if (deliveryId is not null && _index.TryGetValue((hook, deliveryId), out var at))
            {
                var seen = _deliveries[at] with { Repeats = _deliveries[at].Repeats + 1 };
                _deliveries[at] = seen;
                return (seen, true);
            }

            var delivery = create(string.Create(CultureInfo.InvariantCulture, $"rcv_{++_ids:000000}"));
            _deliveries.Add(delivery);
            if (deliveryId is not null)
            {
                _index[(hook, deliveryId)] = _deliveries.Count - 1;
            }

            return (delivery, false);
        }
    }

    /// <summary>Forgets every delivery and every seen delivery id.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _deliveries.Clear();
            _index.Clear();
        }
    }
}

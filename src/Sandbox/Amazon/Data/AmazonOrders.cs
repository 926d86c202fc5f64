using System.Collections.Concurrent;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// The seller's orders: the seeded ones (generated on demand, never stored), the ones added through the control API,
/// and seeded ones whose state was changed there. Positions for paging: seeded ordinals first, then added, then changed.
/// </summary>
public sealed class AmazonOrders
{
    private readonly AmazonOrderFactory _factory;
    private readonly TimeProvider _clock;
    private readonly List<AmazonOrder> _added = [];
    private readonly ConcurrentDictionary<long, AmazonOrder> _changed = new();
    private readonly Lock _gate = new();

    internal AmazonOrders(AmazonOrderFactory factory, TimeProvider clock)
    {
        _factory = factory;
        _clock = clock;
    }

    /// <summary>How many orders were seeded.</summary>
    public long SeededCount => _factory.Count;

    /// <summary>Orders added through the control API.</summary>
    public IReadOnlyList<AmazonOrder> Added
    {
        get
        {
            lock (_gate)
            {
                return [.. _added];
            }
        }
    }

    /// <summary>Order #ordinal as it is now, or null.</summary>
    public AmazonOrder? Get(long ordinal)
    {
        if (_changed.TryGetValue(ordinal, out var changed))
        {
            return changed;
        }

        if (ordinal >= 0 && ordinal < _factory.Count)
        {
            return _factory.Create(ordinal);
        }

        lock (_gate)
        {
            var i = ordinal - _factory.Count;
            return i >= 0 && i < _added.Count ? _added[(int)i] : null;
        }
    }

    /// <summary>An order by its 3-7-7 id, or null.</summary>
    public AmazonOrder? Find(string amazonOrderId) =>
        OrderIds.Parse(amazonOrderId) is { } ordinal && Get(ordinal) is { } order && order.AmazonOrderId == amazonOrderId ? order : null;

    /// <summary>Places an order now (or at <paramref name="purchased"/>) for sandbox person <paramref name="buyer"/>.</summary>
    public AmazonOrder Add(long buyer, Marketplace marketplace, DateTimeOffset? purchased, AmazonOrderStatus status, bool fulfilledByAmazon, DateTimeOffset? deliveredAt)
    {
        lock (_gate)
        {
            var order = _factory.CreateAdded(_factory.Count + _added.Count, buyer, marketplace, purchased ?? _clock.GetUtcNow(), status, fulfilledByAmazon, deliveredAt);
            _added.Add(order);
            return order;
        }
    }

    /// <summary>Changes an order's state; its last update becomes the sandbox time.</summary>
    public AmazonOrder? SetStatus(string amazonOrderId, AmazonOrderStatus status)
    {
        if (Find(amazonOrderId) is not { } order)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        var changed = order with
        {
            Status = status,
            LastUpdateDate = now,
            ShippedAt = status == AmazonOrderStatus.Shipped ? order.ShippedAt ?? now : order.ShippedAt,
            DeliveredAt = status == AmazonOrderStatus.Shipped ? order.DeliveredAt ?? now : order.DeliveredAt,
        };
        lock (_gate)
        {
            var i = order.Ordinal - _factory.Count;
            if (i >= 0)
            {
                _added[(int)i] = changed;
            }
            else
            {
                _changed[order.Ordinal] = changed;
            }
        }

        return changed;
    }

    /// <summary>One page of the orders matching <paramref name="query"/>, starting at <paramref name="position"/>.</summary>
    public OrderPage Search(OrderQuery query, long position)
    {
        var found = new List<AmazonOrder>(query.PageSize);
        var seeded = _factory.Count;
        var lowest = query.ByUpdate ? query.After - AmazonOrderFactory.MaxUpdateLag : query.After;
        var p = Math.Max(position, position < seeded ? _factory.FirstAtOrAfter(lowest) : position);
        for (; p < seeded; p++)
        {
            if (_factory.PurchaseTime(p) > query.Before)
            {
                p = seeded;
                break;
            }

            if (!_changed.ContainsKey(p) && Take(_factory.Create(p)))
            {
                return new OrderPage(found, p + 1);
            }
        }

        var added = Added;
        for (; p < seeded + added.Count; p++)
        {
            if (Take(added[(int)(p - seeded)]))
            {
                return new OrderPage(found, p + 1);
            }
        }

        var changed = _changed.Values.OrderBy(o => o.Ordinal).ToList();
        for (; p < seeded + added.Count + changed.Count; p++)
        {
            if (Take(changed[(int)(p - seeded - added.Count)]))
            {
                return new OrderPage(found, p + 1);
            }
        }

        return new OrderPage(found, null);

        // True once the page is full and more may follow.
        bool Take(AmazonOrder order)
        {
            if (query.Matches(order))
            {
                found.Add(order);
            }

            return found.Count == query.PageSize;
        }
    }

    /// <summary>
    /// Every order placed in [from, to] whatever its marketplace, in position order (report generation). A seeded order
    /// is built only when <paramref name="candidate"/> says its ordinal may matter: building one costs far more than a draw.
    /// </summary>
    internal IEnumerable<AmazonOrder> PlacedBetween(DateTimeOffset from, DateTimeOffset to, Func<long, bool> candidate)
    {
        for (var n = _factory.FirstAtOrAfter(from); n < _factory.Count; n++)
        {
            if (_factory.PurchaseTime(n) > to)
            {
                break;
            }

            if (candidate(n) || _changed.ContainsKey(n))
            {
                yield return Get(n)!;
            }
        }

        foreach (var order in Added.Where(o => o.PurchaseDate >= from && o.PurchaseDate <= to))
        {
            yield return order;
        }
    }

    /// <summary>The person behind an order.</summary>
    internal static SandboxPerson Buyer(SandboxPeople people, AmazonOrder order) => people.Get(order.BuyerIndex);
}

using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// Seeded order #n, a pure function of (seed, n): placed at a time that grows with n across the history, by a buyer
/// drawn from the sandbox people the options name, on the buyer's home marketplace (now and then another one).
/// </summary>
internal sealed class AmazonOrderFactory
{
    private static readonly ulong Stream = SandboxHash.Stream("amazon/order");
    private readonly int _seed;
    private readonly SandboxPeople _people;
    private readonly Catalog _catalog;
    private readonly long _count;
    private readonly long _firstBuyer;
    private readonly long _buyers;
    private readonly DateTimeOffset _start;
    private readonly double _stepTicks;

    public AmazonOrderFactory(int seed, SandboxPeople people, Catalog catalog, (long Orders, long FirstBuyer, long Buyers) shape, DateTimeOffset historyEnd, int historyDays)
    {
        _seed = seed;
        _people = people;
        _catalog = catalog;
        (_count, _firstBuyer, _buyers) = shape;
        _start = historyEnd.AddDays(-historyDays);
        HistoryEnd = historyEnd;
        _stepTicks = _count == 0 ? 0 : (historyEnd - _start).Ticks / (double)_count;
    }

    /// <summary>How far after its purchase a seeded order can last change (shipping or cancellation).</summary>
    public static TimeSpan MaxUpdateLag { get; } = TimeSpan.FromDays(2);

    public DateTimeOffset HistoryEnd { get; }

    public long Count => _count;

    /// <summary>Purchase time of order #n: monotonic in n, so a time range is a range of ordinals.</summary>
    public DateTimeOffset PurchaseTime(long n)
    {
        var jitter = SandboxHash.Unit(SandboxHash.Of(_seed, Stream ^ 0x7f4a7c15UL, n));
        return _start.AddTicks((long)((n + jitter) * _stepTicks));
    }

    /// <summary>The first ordinal whose purchase time is at or after <paramref name="time"/>.</summary>
    public long FirstAtOrAfter(DateTimeOffset time)
    {
        if (Count == 0 || time <= _start)
        {
            return 0;
        }

        var guess = Math.Clamp((long)((time - _start).Ticks / _stepTicks) - 1, 0, Count);
        while (guess > 0 && PurchaseTime(guess - 1) >= time)
        {
            guess--;
        }

        while (guess < Count && PurchaseTime(guess) < time)
        {
            guess++;
        }

        return guess;
    }

    public AmazonOrder Create(long n)
    {
        var r = new DeterministicRandom(_seed, Stream, n);
        var buyer = _firstBuyer + (long)(r.NextUInt64() % (ulong)Math.Max(1, _buyers));
        var person = _people.Get(buyer);
        var marketplace = r.Chance(0.85) ? Marketplaces.HomeOf(person.CountryCode) : r.Pick(Marketplaces.All);
        var purchased = PurchaseTime(n);
        var roll = r.Next(100);
        var recent = HistoryEnd - purchased < TimeSpan.FromDays(2);
        var status = roll < 5 ? AmazonOrderStatus.Canceled : recent && roll < 60 ? AmazonOrderStatus.Unshipped : AmazonOrderStatus.Shipped;
        var lines = Lines(ref r, n);
        DateTimeOffset? shipped = status == AmazonOrderStatus.Shipped ? purchased.AddMinutes(r.Next(4 * 60, 30 * 60)) : null;
        DateTimeOffset? delivered = shipped?.AddHours(r.Next(20, 5 * 24));
        var updated = status switch
        {
            AmazonOrderStatus.Shipped => shipped!.Value,
            AmazonOrderStatus.Canceled => purchased.AddMinutes(r.Next(30, 20 * 60)),
            _ => purchased.AddMinutes(r.Next(1, 30)),
        };
        return new AmazonOrder
        {
            Ordinal = n,
            AmazonOrderId = OrderIds.Format(marketplace, n, r.NextUInt64()),
            Marketplace = marketplace,
            BuyerIndex = buyer,
            PurchaseDate = purchased,
            LastUpdateDate = updated,
            Status = status,
            FulfilledByAmazon = r.Chance(0.6),
            IsPrime = r.Chance(0.45),
            Lines = lines,
            ShippedAt = shipped,
            DeliveredAt = delivered,
            EarliestDeliveryDate = DayOf(purchased).AddDays(2),
            LatestDeliveryDate = DayOf(purchased).AddDays(6),
        };
    }

    /// <summary>An order placed through the control API, numbered after the seeded ones.</summary>
    public AmazonOrder CreateAdded(long ordinal, long buyer, Marketplace marketplace, DateTimeOffset purchased, AmazonOrderStatus status, bool afn, DateTimeOffset? deliveredAt)
    {
        var r = new DeterministicRandom(_seed, Stream, ordinal);
        var lines = Lines(ref r, ordinal);
        var delivered = status == AmazonOrderStatus.Shipped ? deliveredAt ?? purchased.AddDays(3) : (DateTimeOffset?)null;
        return new AmazonOrder
        {
            Ordinal = ordinal,
            AmazonOrderId = OrderIds.Format(marketplace, ordinal, r.NextUInt64()),
            Marketplace = marketplace,
            BuyerIndex = buyer,
            PurchaseDate = purchased,
            LastUpdateDate = delivered is { } d ? Min(purchased.AddDays(1), d) : purchased,
            Status = status,
            FulfilledByAmazon = afn,
            IsPrime = false,
            Lines = lines,
            ShippedAt = delivered is { } at ? Min(purchased.AddDays(1), at) : null,
            DeliveredAt = delivered,
            EarliestDeliveryDate = DayOf(delivered ?? purchased.AddDays(3)).AddDays(-1),
            LatestDeliveryDate = DayOf(delivered ?? purchased.AddDays(3)).AddDays(1),
        };
    }

    private OrderLine[] Lines(ref DeterministicRandom r, long n)
    {
        var count = r.Chance(0.7) ? 1 : r.Next(2, 4);
        var lines = new OrderLine[count];
        for (var i = 0; i < count; i++)
        {
            var product = _catalog.Products[(r.Next(_catalog.Products.Count) + i * 7) % _catalog.Products.Count];
            lines[i] = new OrderLine((n * 10 + i + 10_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture), product, r.Chance(0.85) ? 1 : 2);
        }

        return lines;
    }

    private static DateTimeOffset DayOf(DateTimeOffset time) => new(time.UtcDateTime.Date, TimeSpan.Zero);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}

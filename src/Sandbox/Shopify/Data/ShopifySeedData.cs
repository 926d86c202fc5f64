using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// The seeded shop as pure functions of (seed, index): customer #i is person #i; its orders live in
/// slots <c>i × Slots + j</c> for j below <see cref="OrderCount"/>. Nothing is stored. Customers are
/// created in id order (createdAt grows with the index); orders and updates fall between creation and
/// <see cref="SandboxOptions.DataEpoch"/>.
/// </summary>
internal sealed class ShopifySeedData
{
    private static readonly ulong CustomerStream = SandboxHash.Stream("shopify/customer");
    private static readonly ulong CountStream = SandboxHash.Stream("shopify/order-count");
    private static readonly ulong CreatedStream = SandboxHash.Stream("shopify/customer-created");
    private static readonly ulong UpdatedStream = SandboxHash.Stream("shopify/customer-updated");
    private static readonly ulong OrderStream = SandboxHash.Stream("shopify/order");
    private static readonly ulong OrderTimeStream = SandboxHash.Stream("shopify/order-time");
    private static readonly string[] TagPool = ["vip", "newsletter", "wholesale", "returning", "loyalty-gold", "b2b", "influencer"];
    private static readonly string[] OrderTagPool = ["gift", "express", "subscription", "marketplace"];

    private readonly int _seed;
    private readonly int _averageOrders;
    private readonly long _start;
    private readonly long _epoch;
    private readonly double _step;
    private readonly string _currency;

    public ShopifySeedData(SandboxPeople people, SandboxOptions options)
    {
        People = people;
        _seed = options.Seed;
        Customers = options.Customers;
        _averageOrders = options.OrdersPerCustomer;
        Slots = Math.Max(1, 2 * options.OrdersPerCustomer);
        _epoch = options.DataEpoch.ToUnixTimeSeconds();
        _start = _epoch - (options.HistoryDays * 86_400L);

        // Customers sign up over the first 85% of the history so the late ones still have time to order.
        _step = Customers == 0 ? 0 : (_epoch - _start) * 0.85 / Customers;
        _currency = options.Shopify.Currency;
    }

    public SandboxPeople People { get; }

    public int Customers { get; }

    /// <summary>Order id slots reserved per customer.</summary>
    public int Slots { get; }

    public long SlotCount => (long)Customers * Slots;

    public static long CustomerId(int index) => ShopifyIds.CustomerIdBase + index;

    public static long OrderId(long slot) => ShopifyIds.OrderIdBase + slot;

    public bool IsSeededCustomer(long id) => id >= ShopifyIds.CustomerIdBase && id < ShopifyIds.CustomerIdBase + Customers;

    public bool IsSeededOrderSlot(long id) => id >= ShopifyIds.OrderIdBase && id < ShopifyIds.OrderIdBase + SlotCount;

    /// <summary>True when the id is a seeded order (its slot is used).</summary>
    public bool IsSeededOrder(long id)
    {
        if (!IsSeededOrderSlot(id))
        {
            return false;
        }

        var slot = id - ShopifyIds.OrderIdBase;
        return slot % Slots < OrderCount((int)(slot / Slots));
    }

    public int OrderCount(int customer) =>
        _averageOrders == 0 ? 0 : (int)(SandboxHash.Of(_seed, CountStream, customer) % (ulong)((2 * _averageOrders) + 1));

    public long CreatedAt(int customer) =>
        _start + (long)((customer + (0.5 * SandboxHash.Unit(SandboxHash.Of(_seed, CreatedStream, customer)))) * _step);

    public long UpdatedAt(int customer)
    {
        var created = CreatedAt(customer);
        var updated = created + (long)((_epoch - 1 - created) * SandboxHash.Unit(SandboxHash.Of(_seed, UpdatedStream, customer)));
        var count = OrderCount(customer);
        return count == 0 ? updated : Math.Max(updated, OrderCreatedAt(customer, count - 1, count, created));
    }

    public long OrderCreatedAt(long slot)
    {
        var customer = (int)(slot / Slots);
        var created = CreatedAt(customer);
        return OrderCreatedAt(customer, (int)(slot % Slots), OrderCount(customer), created);
    }

    public long OrderUpdatedAt(long slot) => OrderUpdatedAt(slot, OrderCreatedAt(slot));

    public CustomerRecord Customer(int index)
    {
        var person = People.Get(index);
        var r = new DeterministicRandom(_seed, CustomerStream, index);
        var created = CreatedAt(index);
        var updated = UpdatedAt(index);
        var span = Math.Max(1, updated - created);
        var stateRoll = r.Next(100);
        var tags = r.Chance(0.3) ? PickTags(ref r, TagPool) : [];
        var note = r.Chance(0.1) ? SandboxText.CustomerNote(person.Language, r.NextUInt64()) : null;
        EmailMarketingConsent? email = null;
        if (person.Email is not null)
        {
            var state = ToShopify(person.EmailMarketing);
            email = new EmailMarketingConsent(state, OptIn(ref r),
                state == "NOT_SUBSCRIBED" ? null : Time(created + r.Next((int)Math.Min(span, int.MaxValue))));
        }

        SmsMarketingConsent? sms = null;
        if (person.PhoneE164 is not null)
        {
            var state = ToShopify(person.SmsMarketing);
            sms = new SmsMarketingConsent(state, OptIn(ref r),
                state == "NOT_SUBSCRIBED" ? null : Time(created + r.Next((int)Math.Min(span, int.MaxValue))),
                r.Chance(0.7) ? "SHOPIFY" : "OTHER");
        }

        return new CustomerRecord
        {
            Id = CustomerId(index),
            PersonIndex = index,
            FirstName = person.FirstName,
            LastName = person.LastName,
            Email = person.Email,
            Phone = person.PhoneE164,
            Note = note,
            Tags = tags,
            State = stateRoll switch { < 60 => "ENABLED", < 95 => "DISABLED", < 99 => "INVITED", _ => "DECLINED" },
            VerifiedEmail = person.Email is not null && r.Chance(0.9),
            Locale = person.Locale,
            EmailMarketing = email,
            SmsMarketing = sms,
            CountryCode = person.CountryCode,
            Country = person.Country,
            City = person.City,
            CreatedAt = Time(created),
            UpdatedAt = Time(updated),
        };
    }

    public OrderRecord Order(long slot)
    {
        var customer = (int)(slot / Slots);
        var person = People.Get(customer);
        var r = new DeterministicRandom(_seed, OrderStream, slot);
        var created = OrderCreatedAt(slot);
        var financial = r.Next(100) switch
        {
            < 80 => "PAID",
            < 85 => "PARTIALLY_REFUNDED",
            < 90 => "REFUNDED",
            < 95 => "PENDING",
            _ => "AUTHORIZED",
        };
        return new OrderRecord
        {
            Id = OrderId(slot),
            CustomerId = CustomerId(customer),
            Name = OrderName(OrderId(slot)),
            Email = person.Email is null ? null : r.Chance(0.1) ? person.Email.ToUpperInvariant() : person.Email,
            Phone = person.PhoneNational is not null && r.Chance(0.5) ? person.PhoneNational : null,
            Note = r.Chance(0.3) ? SandboxText.OrderNote(person.Language, r.NextUInt64()) : null,
            CustomerLocale = person.Locale, // drawn from no random number, so the seeded data stay as they were
            Tags = r.Chance(0.2) ? PickTags(ref r, OrderTagPool) : [],
            FinancialStatus = financial,
            TotalPrice = new decimal(r.Next(1000, 30000), 0, 0, false, 2),
            Currency = _currency,
            CreatedAt = Time(created),
            UpdatedAt = Time(OrderUpdatedAt(slot, created)),
        };
    }

    public static string OrderName(long id) => "#" + (1001 + id - ShopifyIds.OrderIdBase).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

    private long OrderCreatedAt(int customer, int j, int count, long created)
    {
        var v = SandboxHash.Unit(SandboxHash.Of(_seed, OrderTimeStream, ((long)customer * Slots) + j));
        return created + (long)((_epoch - 1 - created) * ((j + v) / count));
    }

    private long OrderUpdatedAt(long slot, long created)
    {
        var delay = (long)(SandboxHash.Unit(SandboxHash.Of(_seed, OrderTimeStream, ~slot)) * 5 * 86_400);
        return Math.Min(_epoch - 1, created + delay);
    }

    private static string ToShopify(SandboxConsent consent) => consent switch
    {
        SandboxConsent.Subscribed => "SUBSCRIBED",
        SandboxConsent.Unsubscribed => "UNSUBSCRIBED",
        SandboxConsent.Pending => "PENDING",
        SandboxConsent.Invalid => "INVALID",
        SandboxConsent.Redacted => "REDACTED",
        _ => "NOT_SUBSCRIBED",
    };

    private static string OptIn(ref DeterministicRandom r) => r.Next(10) switch
    {
        < 6 => "SINGLE_OPT_IN",
        < 9 => "CONFIRMED_OPT_IN",
        _ => "UNKNOWN",
    };

    private static string[] PickTags(ref DeterministicRandom r, string[] pool)
    {
        var first = r.Next(pool.Length);
        if (!r.Chance(0.3))
        {
            return [pool[first]];
        }

        var second = (first + 1 + r.Next(pool.Length - 1)) % pool.Length;
        return [pool[first], pool[second]];
    }
}

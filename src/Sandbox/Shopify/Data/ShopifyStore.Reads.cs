using System.Collections.Immutable;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>Reads, optionally as of an earlier store version (bulk operations read their start snapshot).</summary>
public sealed partial class ShopifyStore
{
    internal CustomerRecord? FindCustomer(long id, long asOf)
    {
        if (_customers.TryGetValue(id, out var record))
        {
            while (record is not null && record.Seq > asOf)
            {
                record = record.Previous;
            }

            if (record is not null)
            {
                return record;
            }
        }

        return _seed.IsSeededCustomer(id) ? _seed.Customer((int)(id - ShopifyIds.CustomerIdBase)) : null;
    }

    internal OrderRecord? FindOrder(long id, long asOf)
    {
        if (_orders.TryGetValue(id, out var record))
        {
            while (record is not null && record.Seq > asOf)
            {
                record = record.Previous;
            }

            if (record is not null)
            {
                return record;
            }
        }

        return _seed.IsSeededOrder(id) ? _seed.Order(id - ShopifyIds.OrderIdBase) : null;
    }

    /// <summary>Cheap existence check: only changed or created records need their versions looked at.</summary>
    internal bool ExistsAsOf(bool customer, long id, long asOf) => customer
        ? (_customers.ContainsKey(id) ? FindCustomer(id, asOf) is not null : _seed.IsSeededCustomer(id))
        : (_orders.ContainsKey(id) ? FindOrder(id, asOf) is not null : _seed.IsSeededOrder(id));

    internal IReadOnlyList<OrderRecord> OrdersOf(long customerId, long asOf)
    {
        var result = new List<OrderRecord>();
        if (_seed.IsSeededCustomer(customerId))
        {
            var index = (int)(customerId - ShopifyIds.CustomerIdBase);
            var count = _seed.OrderCount(index);
            for (var j = 0; j < count; j++)
            {
                var id = ShopifySeedData.OrderId(((long)index * _seed.Slots) + j);
                if (FindOrder(id, asOf) is { } order)
                {
                    result.Add(order);
                }
            }
        }

        if (_createdOrdersByCustomer.TryGetValue(customerId, out var created))
        {
            foreach (var id in created)
            {
                if (FindOrder(id, asOf) is { } order)
                {
                    result.Add(order);
                }
            }
        }

        return result;
    }

    internal int CountOrders(long customerId, long asOf)
    {
        var count = _seed.IsSeededCustomer(customerId) ? _seed.OrderCount((int)(customerId - ShopifyIds.CustomerIdBase)) : 0;
        if (_createdOrdersByCustomer.TryGetValue(customerId, out var created))
        {
            count += asOf == long.MaxValue ? created.Count : created.Count(id => FindOrder(id, asOf) is not null);
        }

        return count;
    }

    internal decimal AmountSpent(long customerId, long asOf)
    {
        var total = 0m;
        foreach (var order in OrdersOf(customerId, asOf))
        {
            if (order.FinancialStatus is not ("REFUNDED" or "VOIDED" or "PENDING" or "EXPIRED"))
            {
                total += order.TotalPrice;
            }
        }

        return total;
    }

    /// <summary>A customer's key for sorting and range filters, without building the record when seeded and unchanged.</summary>
    internal long CustomerKey(long id, SortField field, long asOf = long.MaxValue)
    {
        if (field == SortField.Id)
        {
            return id;
        }

        var record = _customers.ContainsKey(id) ? FindCustomer(id, asOf) : null;
        if (record is null)
        {
            var index = (int)(id - ShopifyIds.CustomerIdBase);
            return field == SortField.CreatedAt ? _seed.CreatedAt(index) : _seed.UpdatedAt(index);
        }

        return (field == SortField.CreatedAt ? record.CreatedAt : record.UpdatedAt).ToUnixTimeSeconds();
    }

    internal long OrderKey(long id, SortField field, long asOf = long.MaxValue)
    {
        if (field == SortField.Id)
        {
            return id;
        }

        var record = _orders.ContainsKey(id) ? FindOrder(id, asOf) : null;
        if (record is null)
        {
            var slot = id - ShopifyIds.OrderIdBase;
            return field == SortField.CreatedAt ? _seed.OrderCreatedAt(slot) : _seed.OrderUpdatedAt(slot);
        }

        return (field == SortField.CreatedAt ? record.CreatedAt : record.UpdatedAt).ToUnixTimeSeconds();
    }

    /// <summary>Customer ids in a sort order from a cursor (current data).</summary>
    internal IEnumerable<SortEntry> WalkCustomers(SortField field, SortEntry? after, bool descending, KeyRange range)
    {
        ISeededView view = field switch
        {
            SortField.UpdatedAt => _customersByUpdate.Value,
            SortField.CreatedAt => new FunctionView(_seed.Customers, i => new SortEntry(_seed.CreatedAt((int)i), ShopifySeedData.CustomerId((int)i))),
            _ => new FunctionView(_seed.Customers, i => new SortEntry(ShopifySeedData.CustomerId((int)i), ShopifySeedData.CustomerId((int)i))),
        };
        return OrderedIds.Walk(view, Captured(_changedCustomers[(int)field], out var isChanged), isChanged, after, descending, range);
    }

    /// <summary>Order ids in a sort order from a cursor (current data).</summary>
    internal IEnumerable<SortEntry> WalkOrders(SortField field, SortEntry? after, bool descending, KeyRange range)
    {
        ISeededView view = field switch
        {
            SortField.UpdatedAt => _ordersByUpdate.Value,
            SortField.CreatedAt => _ordersByCreation.Value,
            _ => new FunctionView(_seed.SlotCount, s => new SortEntry(ShopifySeedData.OrderId(s), ShopifySeedData.OrderId(s)),
                s => _seed.IsSeededOrder(ShopifySeedData.OrderId(s))),
        };
        return OrderedIds.Walk(view, Captured(_changedOrders[(int)field], out var isChanged), isChanged, after, descending, range);
    }

    /// <summary>
    /// The changed records as of the start of a walk, and a test of membership in that same set: a record changed while
    /// the walk runs (a bulk operation streaming while the shop changes) is then walked once, as seeded, not skipped
    /// in both halves as it was when the membership test read the live dictionary.
    /// </summary>
    private static ImmutableSortedSet<SortEntry> Captured(ImmutableSortedSet<SortEntry> changed, out Func<long, bool> isChanged)
    {
        var ids = changed.Select(e => e.Id).ToHashSet();
        isChanged = ids.Contains;
        return changed;
    }

    private static CustomerRecord Apply(CustomerRecord r, CustomerChange c, DateTimeOffset now)
    {
        var email = Text(c.Email, r.Email);
        var phone = Text(c.Phone, r.Phone);
        var emailConsent = email is null ? null : r.EmailMarketing ?? new EmailMarketingConsent("NOT_SUBSCRIBED", "SINGLE_OPT_IN", null);
        if (emailConsent is not null && (c.EmailMarketingState is not null || c.EmailMarketingOptInLevel is not null))
        {
            emailConsent = new EmailMarketingConsent(c.EmailMarketingState ?? emailConsent.MarketingState,
                c.EmailMarketingOptInLevel ?? emailConsent.MarketingOptInLevel, now);
        }

        var smsConsent = phone is null ? null : r.SmsMarketing ?? new SmsMarketingConsent("NOT_SUBSCRIBED", "SINGLE_OPT_IN", null, null);
        if (smsConsent is not null && c.SmsMarketingState is not null)
        {
            smsConsent = smsConsent with { MarketingState = c.SmsMarketingState, ConsentUpdatedAt = now, ConsentCollectedFrom = "OTHER" };
        }

        return r with
        {
            FirstName = Text(c.FirstName, r.FirstName),
            LastName = Text(c.LastName, r.LastName),
            Email = email,
            Phone = phone,
            Note = Text(c.Note, r.Note),
            Tags = c.Tags ?? r.Tags,
            State = c.State ?? r.State,
            Locale = c.Locale ?? r.Locale,
            VerifiedEmail = c.VerifiedEmail ?? r.VerifiedEmail,
            EmailMarketing = emailConsent,
            SmsMarketing = smsConsent,
            UpdatedAt = now,
        };
    }

    private static OrderRecord Apply(OrderRecord r, OrderChange c, DateTimeOffset now) => r with
    {
        Email = Text(c.Email, r.Email),
        Phone = Text(c.Phone, r.Phone),
        Note = Text(c.Note, r.Note),
        Tags = c.Tags ?? r.Tags,
        FinancialStatus = c.FinancialStatus ?? r.FinancialStatus,
        TotalPrice = c.TotalPrice ?? r.TotalPrice,
        UpdatedAt = now,
    };

    private static string? Text(string? change, string? current) => change switch
    {
        null => current,
        "" => null,
        _ => change,
    };
}

using Connectors.Host.Store;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Identity;

/// <summary>
/// Resolves each customer record of a batch to one unified customer, by rules in a fixed order of strength, each join
/// recorded with its evidence:
/// <list type="number">
/// <item>the source's own id: a record a connector delivered before stays with the customer it resolved to;</item>
/// <item>normalised email;</item>
/// <item>an order id another record (of any connector) linked to a customer;</item>
/// <item>phone in E.164;</item>
/// <item>an identity the source states (a link).</item>
/// </list>
/// A key weaker than email never joins a customer whose email differs from the record's: the record becomes its own
/// customer and the pair is listed for review. When a record's keys show that two stored customers are one person (and
/// nothing says otherwise: their emails agree, no operator split them), they are merged. New records claim their
/// identities for a would-be new customer first, so a backfill of new people costs one index visit per identity.
/// </summary>
internal sealed class IdentityResolver(ICustomerStore store, IdentityOptions options)
{
    private const string BySync = "sync";

    // Customers merged away while this writer ran (gone → kept): ids handed out before a merge are redirected.
    private readonly Dictionary<long, long> _merged = [];
    private readonly List<(CustomerKey Key, long Owner)> _owners = [];
    private readonly List<long> _claimed = [];

    /// <summary>The customer an id handed out earlier now is (merges move customers).</summary>
    public long Current(long customerId)
    {
        while (_merged.TryGetValue(customerId, out var kept))
        {
            customerId = kept;
        }

        return customerId;
    }

    /// <summary>Resolves and stores the batch's customer records.</summary>
    /// <param name="instance">The connector.</param>
    /// <param name="pending">The batch's records, prepared, by source id.</param>
    /// <param name="recordCount">How many records the batch had (a record listed twice counts as unchanged once).</param>
    /// <param name="now">The commit time.</param>
    public IdentityResolution Resolve(string instance, IReadOnlyDictionary<string, PreparedCustomer> pending, int recordCount, DateTimeOffset now)
    {
        var resolution = new IdentityResolution(pending.Count) { Counts = new(0, 0, recordCount - pending.Count) };
        foreach (var p in pending.Values)
        {
            var sourceId = p.Record.SourceId;
            long customer;
            if (store.FindSource(instance, sourceId, out var stored, out var hash))
            {
                customer = stored;
                if (hash == p.Hash || p.IsReference)
                {
                    // Nothing of the customer changed; the orders it links still count (an order's buyer).
                    resolution.CustomerIds[sourceId] = LinkOrders(p, customer, instance, now, resolution);
                    resolution.Counts += new Store.WriteCounts(0, 0, 1);
                    continue;
                }

                store.UpdateCustomer(p.RowFor(customer));
                store.UpdateSourceHash(instance, sourceId, p.Hash, now);
                ClaimIdentities(p, customer, instance, now);
                customer = JoinOwners(p, customer, instance, now, resolution);
                resolution.Counts += new Store.WriteCounts(0, 1, 0);
            }
            else
            {
                customer = ResolveNew(p, instance, now, resolution);
                resolution.Counts += new Store.WriteCounts(1, 0, 0);
            }

            customer = LinkOrders(p, customer, instance, now, resolution);
            resolution.CustomerIds[sourceId] = customer;
            resolution.Changed.Add(customer);
        }

        // A merge late in the batch can retire a customer an earlier record resolved to.
        if (_merged.Count > 0)
        {
            foreach (var sourceId in resolution.CustomerIds.Keys.ToList())
            {
                resolution.CustomerIds[sourceId] = Current(resolution.CustomerIds[sourceId]);
            }

            var changed = resolution.Changed.Select(Current).ToHashSet();
            resolution.Changed.Clear();
            resolution.Changed.UnionWith(changed);
        }

        return resolution;
    }

    /// <summary>A record new to its source: the strongest agreeing key's customer, else a new one.</summary>
    private long ResolveNew(PreparedCustomer p, string instance, DateTimeOffset now, IdentityResolution resolution)
    {
        var candidate = store.NextCustomerId();
        ClaimIdentities(p, candidate, instance, now);
        var (match, rule, evidence) = Strongest(p);
        if (match is { } matched)
        {
            foreach (var rowId in _claimed)
            {
                store.MoveIdentity(rowId, matched);
            }

            store.UpdateCustomer(p.RowFor(matched));
        }
        else
        {
            store.InsertCustomer(p.RowFor(candidate));
        }

        var customer = match ?? candidate;
        store.InsertSource(new CustomerSourceEntity
        {
            SourceInstance = instance,
            SourceId = p.Record.SourceId,
            Channel = p.Record.Channel,
            CustomerId = customer,
            MatchReason = rule,
            MatchEvidence = evidence,
            ContentHash = p.Hash,
            FirstSeenAt = now,
            UpdatedAt = now,
        });
        return JoinOwners(p, customer, instance, now, resolution);
    }

    /// <summary>Claims the record's identities for <paramref name="customer"/>; the ones others own are left in <see cref="_owners"/>.</summary>
    private void ClaimIdentities(PreparedCustomer p, long customer, string instance, DateTimeOffset now)
    {
        _owners.Clear();
        _claimed.Clear();
        foreach (var identity in p.Identities)
        {
            if (store.Claim(identity, customer, instance, p.Record.SourceId, now, out var rowId) is { } owner)
            {
                owner = Current(owner);
                // (A record listing one identity twice finds its own claim: that is no match.)
                if (owner != customer)
                {
                    _owners.Add((identity, owner));
                }
            }
            else
            {
                _claimed.Add(rowId);
            }
        }
    }

    /// <summary>
    /// The customer the strongest agreeing key points at, with the rule and evidence. A key that points at a customer
    /// with another email is passed over here and listed for review by <see cref="JoinOwners"/> and <see cref="LinkOrders"/>,
    /// once the record's own customer is known.
    /// </summary>
    private (long? Customer, string Rule, string? Evidence) Strongest(PreparedCustomer p)
    {
        // Loops, not an iterator per rule: this runs for every new record of a backfill.
        foreach (var rule in IdentityOptions.Keys)
        {
            if (!options.Uses(rule))
            {
                continue;
            }

            if (rule == IdentityOptions.Order)
            {
                foreach (var key in p.OrderKeys)
                {
                    // An order two customers claim says nothing about which one this is.
                    if (store.OrderOwners(key) is [var owner] && Current(owner) is var buyer && Agrees(p, rule, buyer))
                    {
                        return (buyer, rule, $"{IdentityOptions.Order} {key}");
                    }
                }

                continue;
            }

            foreach (var (key, owner) in _owners)
            {
                if (key.Rule == rule && Agrees(p, rule, owner))
                {
                    return (owner, rule, $"{key.Channel} {key.ExternalId}");
                }
            }
        }

        return (null, "new", null);
    }

    /// <summary>Whether a key of <paramref name="rule"/> may join the record to <paramref name="owner"/>: a key weaker than email never joins another email's customer.</summary>
    private bool Agrees(PreparedCustomer p, string rule, long owner) =>
        rule == IdentityOptions.Email || p.Email is not { } email || !Disagrees(owner, email);

    /// <summary>Merges with every other customer the record's identities point at, unless they disagree.</summary>
    private long JoinOwners(PreparedCustomer p, long customer, string instance, DateTimeOffset now, IdentityResolution resolution)
    {
        foreach (var (key, owner) in _owners.ToList())
        {
            if (options.Uses(key.Rule))
            {
                customer = Bridge(customer, owner, key.Rule, key.Channel, key.ExternalId, p, instance, now, resolution);
            }
        }

        return customer;
    }

    /// <summary>
    /// Links the record's orders to the customer; an order another customer holds joins the two (the order rule), and
    /// feedback that named only the order and waited for its buyer now gets one.
    /// </summary>
    private long LinkOrders(PreparedCustomer p, long customer, string instance, DateTimeOffset now, IdentityResolution resolution)
    {
        foreach (var key in p.OrderKeys)
        {
            var owners = store.OrderOwners(key);
            if (!owners.Contains(customer))
            {
                store.AddOrder(key, customer, instance, p.Record.SourceId, now);
            }

            if (owners.Count == 1 && Current(owners[0]) != customer && options.Uses(IdentityOptions.Order))
            {
                customer = Bridge(customer, Current(owners[0]), IdentityOptions.Order, IdentityOptions.Order, key, p, instance, now, resolution);
            }

            if (owners.Count == 0 && store.HasWaitingFeedback(key))
            {
                resolution.AttachedFeedback += store.AttachWaitingFeedback(key, customer);
            }
        }

        return customer;
    }

    /// <summary>Joins two stored customers one record's key ties together, unless an operator split them or their emails differ.</summary>
    private long Bridge(
        long customer, long other, string rule, string kind, string value, PreparedCustomer p, string instance, DateTimeOffset now, IdentityResolution resolution)
    {
        customer = Current(customer);
        other = Current(other);
        if (other == customer || store.AreSplit(customer, other))
        {
            return customer;
        }

        if (rule != IdentityOptions.Email && Disagree(customer, other) is { } why)
        {
            store.AddConflict(Conflict(customer, other, kind, value, $"{kind} {value} is shared, but {why}", p, instance, now));
            return customer;
        }

        var (kept, gone) = (Math.Min(customer, other), Math.Max(customer, other));
        store.Merge(kept, gone, rule, $"{kind} {value}, from {RecordKey.For(instance, p.Record.SourceId)}", BySync, now);
        _merged[gone] = kept;
        resolution.Changed.Remove(gone);
        resolution.Changed.Add(kept);
        return kept;
    }

    /// <summary>Whether the customer has emails and <paramref name="email"/> is not among them.</summary>
    private bool Disagrees(long customer, string email)
    {
        var emails = store.EmailsOf(customer);
        return emails.Count > 0 && !emails.Contains(email, StringComparer.Ordinal);
    }

    /// <summary>Why two customers are not one person, when both have emails and they share none.</summary>
    private string? Disagree(long customer, long other)
    {
        var mine = store.EmailsOf(customer);
        if (mine.Count == 0)
        {
            return null;
        }

        var theirs = store.EmailsOf(other);
        return theirs.Count > 0 && !mine.Intersect(theirs, StringComparer.Ordinal).Any()
            ? $"customer {customer} has email {mine[0]} and customer {other} has {theirs[0]}"
            : null;
    }

    private static IdentityConflictEntity Conflict(long customer, long other, string kind, string value, string reason, PreparedCustomer p, string instance, DateTimeOffset now) =>
        new()
        {
            CustomerId = customer,
            OtherCustomerId = other,
            KeyKind = kind,
            KeyValue = value,
            Reason = reason,
            SourceInstance = instance,
            SourceId = p.Record.SourceId,
            Status = "open",
            CreatedAt = now,
        };
}

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// The business unit's service reviews: seeded ones built on first use, then changed, added, answered and deleted in
/// memory. Every change stamps <c>updatedAt</c> with the sandbox clock. Thread-safe; queries read a sorted snapshot.
/// </summary>
public sealed class ServiceReviews
{
    private readonly Lock _gate = new();
    private readonly Func<IEnumerable<ServiceReview>> _seed;
    private readonly Func<long, ServiceReview> _create;
    private readonly TimeProvider _clock;
    private Dictionary<string, ServiceReview>? _byId;
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private Dictionary<ReviewOrder, ServiceReview[]> _sorted = [];
    private long _added;

    internal ServiceReviews(Func<IEnumerable<ServiceReview>> seed, Func<long, ServiceReview> create, TimeProvider clock)
    {
        _seed = seed;
        _create = create;
        _clock = clock;
    }

    /// <summary>How many reviews exist now (deleted ones not counted).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return Reviews().Count;
            }
        }
    }

    /// <summary>Every review, newest first.</summary>
    public IReadOnlyList<ServiceReview> All => Sorted(ReviewOrder.CreatedDesc);

    /// <summary>A review by id, or null (also for a deleted one).</summary>
    public ServiceReview? Find(string id)
    {
        lock (_gate)
        {
            return Reviews().GetValueOrDefault(id);
        }
    }

    /// <summary>Whether the review existed and was deleted.</summary>
    public bool WasDeleted(string id)
    {
        lock (_gate)
        {
            return _deleted.Contains(id);
        }
    }

    /// <summary>One page of the reviews a query matches; past the end, an empty page.</summary>
    public IReadOnlyList<ServiceReview> Query(ReviewQuery query) =>
        [.. Sorted(query.OrderBy).Where(query.Matches).Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PerPage)).Take(query.PerPage)];

    /// <summary>Adds a review written now (numbered after the seeded ones, built as a seeded one and then overridden).</summary>
    internal ServiceReview Add(Func<ServiceReview, ServiceReview> shape)
    {
        lock (_gate)
        {
            var now = WholeSeconds.Of(_clock.GetUtcNow());
            var n = 1_000_000_000L + Interlocked.Increment(ref _added);
            var review = shape(_create(n) with { CreatedAt = now, UpdatedAt = now, ExperiencedAt = now.AddDays(-3), CompanyReply = null });
            Reviews()[review.Id] = review;
            _sorted = [];
            return review;
        }
    }

    /// <summary>Changes a review (its <c>updatedAt</c> becomes now); null when it does not exist.</summary>
    public ServiceReview? Change(string id, Func<ServiceReview, ServiceReview> change)
    {
        lock (_gate)
        {
            var reviews = Reviews();
            if (!reviews.TryGetValue(id, out var review))
            {
                return null;
            }

            var changed = change(review) with { UpdatedAt = Later(WholeSeconds.Of(_clock.GetUtcNow()), review.UpdatedAt) };
            reviews[id] = changed;
            _sorted = [];
            return changed;
        }
    }

    /// <summary>Posts or replaces the business's reply (the review's <c>updatedAt</c> becomes now); null when there is no such review.</summary>
    public ServiceReview? Reply(string id, string text, string authorBusinessUserId) =>
        Change(id, review =>
        {
            var now = WholeSeconds.Of(_clock.GetUtcNow());
            var reply = review.CompanyReply is { } old
                ? old with { Text = text, AuthorBusinessUserId = authorBusinessUserId, UpdatedAt = now }
                : new CompanyReply(text, authorBusinessUserId, now, now);
            return review with { CompanyReply = reply };
        });

    /// <summary>Removes the reply (a review without one is left as it is); null when there is no such review.</summary>
    public ServiceReview? DeleteReply(string id) =>
        Find(id) is { CompanyReply: null } unanswered ? unanswered : Change(id, review => review with { CompanyReply = null });

    /// <summary>Deletes a review (the consumer or Trustpilot removed it); false when there is no such review.</summary>
    public bool Delete(string id)
    {
        lock (_gate)
        {
            if (!Reviews().Remove(id))
            {
                return false;
            }

            _deleted.Add(id);
            _sorted = [];
            return true;
        }
    }

    private ServiceReview[] Sorted(ReviewOrder order)
    {
        lock (_gate)
        {
            if (_sorted.TryGetValue(order, out var cached))
            {
                return cached;
            }

            var values = Reviews().Values;
            var sorted = order switch
            {
                ReviewOrder.CreatedAsc => values.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal),
                ReviewOrder.StarsAsc => values.OrderBy(r => r.Stars).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal),
                ReviewOrder.StarsDesc => values.OrderByDescending(r => r.Stars).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal),
                _ => values.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal),
            };
            return _sorted[order] = [.. sorted];
        }
    }

    private Dictionary<string, ServiceReview> Reviews() =>
        _byId ??= _seed().ToDictionary(r => r.Id, StringComparer.Ordinal);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

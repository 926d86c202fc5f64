namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// The business unit's product reviews (seeded ones built on first use, added ones after) and the conversations the
/// business opens on them. Thread-safe.
/// </summary>
public sealed class ProductReviews
{
    private readonly Lock _gate = new();
    private readonly Func<IEnumerable<ProductReview>> _seed;
    private readonly Func<long, ProductReview?> _create;
    private readonly TimeProvider _clock;
    private readonly Func<string, long, string> _id;
    private readonly Dictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private Dictionary<string, ProductReview>? _byId;
    private ProductReview[]? _sorted;
    private long _added;
    private long _comments;

    internal ProductReviews(Func<IEnumerable<ProductReview>> seed, Func<long, ProductReview?> create, TimeProvider clock, Func<string, long, string> id)
    {
        _seed = seed;
        _create = create;
        _clock = clock;
        _id = id;
    }

    /// <summary>Every product review, newest first.</summary>
    public IReadOnlyList<ProductReview> All
    {
        get
        {
            lock (_gate)
            {
                return _sorted ??= [.. Reviews().Values.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Every conversation opened.</summary>
    public IReadOnlyList<Conversation> Conversations
    {
        get
        {
            lock (_gate)
            {
                return [.. _conversations.Values];
            }
        }
    }

    /// <summary>A review by id, or null.</summary>
    public ProductReview? Find(string id)
    {
        lock (_gate)
        {
            return Reviews().GetValueOrDefault(id);
        }
    }

    /// <summary>A conversation by id, or null.</summary>
    public Conversation? FindConversation(string id)
    {
        lock (_gate)
        {
            return _conversations.GetValueOrDefault(id);
        }
    }

    /// <summary>One page of the reviews a query matches; past the end, an empty page.</summary>
    public IReadOnlyList<ProductReview> Query(ProductReviewQuery query) =>
        [.. All.Where(query.Matches).Skip((int)Math.Min(int.MaxValue, (long)(query.Page - 1) * query.PerPage)).Take(query.PerPage)];

    /// <summary>Opens the review's conversation (or gives the one it has); null when there is no such review.</summary>
    public Conversation? OpenConversation(string reviewId)
    {
        lock (_gate)
        {
            var reviews = Reviews();
            if (!reviews.TryGetValue(reviewId, out var review))
            {
                return null;
            }

            if (review.ConversationId is { } existing)
            {
                return _conversations[existing];
            }

            var conversation = new Conversation(_id("conversation", _conversations.Count + 1), reviewId, []);
            _conversations[conversation.Id] = conversation;
            reviews[reviewId] = review with { ConversationId = conversation.Id };
            _sorted = null;
            return conversation;
        }
    }

    /// <summary>Appends a comment to a conversation; null when there is no such conversation.</summary>
    public ConversationComment? Comment(string conversationId, string content, string? integrationId)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var conversation))
            {
                return null;
            }

            var comment = new ConversationComment(_id("comment", ++_comments), content, integrationId, WholeSeconds.Of(_clock.GetUtcNow()));
            _conversations[conversationId] = conversation with { Comments = [.. conversation.Comments, comment] };
            return comment;
        }
    }

    /// <summary>Adds a review written now, built as a seeded one and then shaped; null when the shop has no buyer to write it.</summary>
    internal ProductReview? Add(Func<ProductReview, ProductReview> shape)
    {
        lock (_gate)
        {
            var n = 1_000_000_000L + Interlocked.Increment(ref _added);
            if (_create(n) is not { } seeded)
            {
                return null;
            }

            var review = shape(seeded with { CreatedAt = WholeSeconds.Of(_clock.GetUtcNow()) });
            Reviews()[review.Id] = review;
            _sorted = null;
            return review;
        }
    }

    private Dictionary<string, ProductReview> Reviews() =>
        _byId ??= _seed().ToDictionary(r => r.Id, StringComparer.Ordinal);
}

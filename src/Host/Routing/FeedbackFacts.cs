using Connectors.Abstractions;

namespace Connectors.Host.Routing;

/// <summary>
/// What conditions (routes, priority rules, alerts) test a feedback item against: the item, what the enrichers found,
/// and its customer, read from the store only when a condition asks about the customer.
/// </summary>
public sealed class FeedbackFacts
{
    private readonly Func<long, CustomerProfile?>? _profiles;
    private CustomerProfile? _customer;
    private bool _customerRead;

    /// <param name="key">The item's key in the store.</param>
    /// <param name="feedback">The item.</param>
    /// <param name="customerId">Its unified customer, if known.</param>
    /// <param name="annotations">What the enrichers found.</param>
    /// <param name="profiles">Reads a customer's profile (only when a condition needs it).</param>
    public FeedbackFacts(string key, FeedbackRecord feedback, long? customerId, IReadOnlyList<Annotation> annotations, Func<long, CustomerProfile?>? profiles)
    {
        Key = key;
        Feedback = feedback;
        CustomerId = customerId;
        Annotations = annotations;
        _profiles = profiles;
        // One pass, no LINQ, by index (foreach over the interface boxes an enumerator): facts are built for every new
        // or changed item.
        string? language = null, priority = null;
        Annotation? sentiment = null;
        var topics = new List<string>(2);
        for (var i = 0; i < annotations.Count; i++)
        {
            var a = annotations[i];
            switch (a.Name)
            {
                case AnnotationNames.Language: language = a.Value; break;
                case AnnotationNames.Sentiment: sentiment = a; break;
                case AnnotationNames.Priority: priority = a.Value; break;
                case AnnotationNames.Topic when !Holds(topics, a.Value): topics.Add(a.Value); break;
                default: break;
            }
        }

        Language = language ?? Normalize(feedback.Language);
        SentimentLabel = sentiment?.Value;
        Sentiment = sentiment?.Score;
        Topics = topics;
        Priority = Enum.TryParse<Priority>(priority, ignoreCase: true, out var p) ? p : null;
    }

    public string Key { get; }

    public FeedbackRecord Feedback { get; }

    public long? CustomerId { get; }

    public IReadOnlyList<Annotation> Annotations { get; }

    /// <summary>ISO 639-1: as identified, else as the source stated it.</summary>
    public string? Language { get; }

    public double? Sentiment { get; }

    public string? SentimentLabel { get; }

    public IReadOnlyList<string> Topics { get; }

    public Priority? Priority { get; private set; }

    /// <summary>The customer's profile, read on first use.</summary>
    public CustomerProfile? Customer
    {
        get
        {
            if (!_customerRead)
            {
                _customer = CustomerId is { } id ? _profiles?.Invoke(id) : null;
                _customerRead = true;
            }

            return _customer;
        }
    }

    /// <summary>
    /// Adds the priority the priority rules assigned from these facts, as if they had been built with its annotation
    /// last: an item's facts are built once, for the rules and then the routes, instead of a second time with it.
    /// </summary>
    /// <param name="annotation">The priority's annotation.</param>
    /// <param name="priority">The priority it names.</param>
    internal void AddAssignedPriority(Annotation annotation, Priority priority)
    {
        if (Annotations is not List<Annotation> list)
        {
            throw new InvalidOperationException("these facts were built on a list that cannot take the assigned priority");
        }

        list.Add(annotation);
        Priority = priority;
    }

    /// <summary>Whether <paramref name="topics"/> holds <paramref name="topic"/> in any case (a loop: Contains with a comparer boxes an enumerator).</summary>
    internal static bool Holds(IReadOnlyList<string> topics, string topic)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            if (string.Equals(topics[i], topic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>de-DE</c> → <c>de</c>.</summary>
    private static string? Normalize(string? tag) =>
        string.IsNullOrWhiteSpace(tag) ? null : tag.Split('-', '_')[0].Trim().ToLowerInvariant();
}

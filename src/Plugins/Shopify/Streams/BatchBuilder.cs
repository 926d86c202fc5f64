using Connectors.Abstractions;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>Collects the records of one batch; a customer met twice in it (a customer and its order link) is sent once.</summary>
internal sealed class BatchBuilder
{
    private readonly Dictionary<string, CustomerRecord> _customers = new(StringComparer.Ordinal);
    private readonly List<FeedbackRecord> _feedback = [];

    /// <summary>Nodes added since the last build.</summary>
    public int Nodes { get; private set; }

    public void Add(MappedNode node)
    {
        Nodes++;
        if (node.Feedback is not null)
        {
            _feedback.Add(node.Feedback);
        }

        if (node.Customer is { } customer)
        {
            _customers[customer.SourceId] = _customers.TryGetValue(customer.SourceId, out var seen) ? Merge(seen, customer) : customer;
        }
    }

    public SourceBatch Build(string checkpoint)
    {
        var batch = new SourceBatch { Customers = [.. _customers.Values], Feedback = [.. _feedback], Checkpoint = checkpoint };
        _customers.Clear();
        _feedback.Clear();
        Nodes = 0;
        return batch;
    }

    /// <summary>
    /// The fuller record wins field by field (an order link carries only the id and its orders); order links add up.
    /// Both come from the same moment of the same shop, so there is no newer/older conflict to settle.
    /// </summary>
    public static CustomerRecord Merge(CustomerRecord a, CustomerRecord b)
    {
        var (full, other) = a.Email is not null || a.Name is not null || a.Tags.Count > 0 ? (a, b) : (b, a);
        return full with
        {
            Email = full.Email ?? other.Email,
            Phone = full.Phone ?? other.Phone,
            Name = full.Name ?? other.Name,
            Locale = full.Locale ?? other.Locale,
            Country = full.Country ?? other.Country,
            EmailMarketingConsent = full.EmailMarketingConsent ?? other.EmailMarketingConsent,
            SmsConsent = full.SmsConsent ?? other.SmsConsent,
            OrderIds = [.. a.OrderIds.Union(b.OrderIds, StringComparer.Ordinal)],
            SeenAt = Max(full.SeenAt, other.SeenAt),
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

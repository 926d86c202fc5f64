using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Connectors.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Tests.Metrics;

/// <summary>A migrated store that tests fill with feedback rows as the pipeline stores them (annotation columns and topics included).</summary>
public abstract class MetricsStore : MigratedStore
{
    protected static readonly DateTimeOffset Day0 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero); // a Monday

    protected static readonly DateTimeOffset Midnight = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    private int _next;

    protected ConnectorsDbContext Context() => new(new DbContextOptionsBuilder<ConnectorsDbContext>().UseSqlite($"Data Source={Db}").Options);

    /// <summary>Stores one item: <paramref name="scale"/> is <c>Nps0To10</c>, <c>Csat1To5</c> or <c>Stars1To5</c> with its raw score.</summary>
    protected async Task<string> AddAsync(int day, string scale, double raw, string sentiment, string[]? topics = null, string channel = "survey",
        string? language = "en", long? customerId = null, string? body = null)
    {
        var key = $"src:{++_next}";
        var rating = scale switch
        {
            "Nps0To10" => raw / 10,
            _ => (raw - 1) / 4,
        };
        await using var db = Context();
        db.Feedback.Add(new FeedbackEntity
        {
            Key = key, SourceInstance = "src", SourceId = $"{_next}", Channel = channel, Kind = "survey_answer", ReplyState = "none",
            Rating = rating, RatingRaw = raw, RatingScale = scale, OccurredAt = Day0.AddDays(day), DetectedLanguage = language,
            SentimentLabel = sentiment, Sentiment = sentiment == "negative" ? -0.5 - raw / 100 : 0.5, Body = body ?? $"item {_next}", CustomerId = customerId,
        });
        foreach (var topic in topics ?? [])
        {
            db.FeedbackTopics.Add(new FeedbackTopicEntity { FeedbackKey = key, Topic = topic });
        }

        await db.SaveChangesAsync();
        return key;
    }

    protected async Task<long> AddCustomerAsync(string country)
    {
        await using var db = Context();
        var customer = new CustomerEntity { Country = country, FirstSeenAt = Day0, LastSeenAt = Day0 };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }
}

using System.Data.Common;
using Connectors.Abstractions;
using Connectors.Host.Routing;
using Connectors.Host.Store;

namespace Connectors.Host.Metrics;

/// <summary>
/// The VoC figures computed in SQL over the store: one grouped scan of the time range (the <c>occurred_at</c> index)
/// that returns additive counts per UTC day and dimension value, and the example quotes of a slice. Reports and alert
/// rules are built on these two queries, so both count the same items the same way.
/// </summary>
public sealed class FeedbackMetricsQuery(IStoreConnectionFactory store)
{
    private const long MillisecondsPerDay = 86_400_000;

    /// <summary>Counts per day and dimension value of the feedback that occurred in [<paramref name="from"/>, <paramref name="to"/>) and meets <paramref name="when"/>.</summary>
    public async Task<List<MetricRow>> DailyAsync(DateTimeOffset from, DateTimeOffset to, MetricDimension by, FeedbackCondition? when, CancellationToken ct)
    {
        var p = new SqlParameters();
        var (value, joins) = Dimension(by);
        var sql = $"""
            SELECT f.occurred_at / {MillisecondsPerDay} AS day, {value} AS value,
              COUNT(*),
              SUM(CASE WHEN f.sentiment_label = 'negative' THEN 1 ELSE 0 END),
              COUNT(f.rating),
              COALESCE(SUM(f.rating), 0.0),
              SUM(CASE WHEN f.rating_scale = '{nameof(RatingScale.Nps0To10)}' THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.rating_scale = '{nameof(RatingScale.Nps0To10)}' AND f.rating_raw >= 9 THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.rating_scale = '{nameof(RatingScale.Nps0To10)}' AND f.rating_raw <= 6 THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.rating_scale = '{nameof(RatingScale.Csat1To5)}' THEN 1 ELSE 0 END),
              SUM(CASE WHEN f.rating_scale = '{nameof(RatingScale.Csat1To5)}' AND f.rating_raw >= 4 THEN 1 ELSE 0 END)
            FROM feedback f
            {joins}
            {Where(from, to, when, p)}
            GROUP BY 1, 2
            """;
        return await QueryAsync(sql, p, reader =>
        {
            var day = DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + (int)reader.GetInt64(0));
            var counts = new MetricCounts(reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetDouble(5),
                reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10));
            return new MetricRow(day, reader.IsDBNull(1) ? null : reader.GetString(1), counts);
        }, ct);
    }

    /// <summary>
    /// The texts of the most negative items of a slice (lowest sentiment first, then by text, so the same store gives the
    /// same quotes; the same words twice are one quote), optionally of one value of a dimension.
    /// </summary>
    public async Task<List<string>> ExamplesAsync(
        DateTimeOffset from, DateTimeOffset to, FeedbackCondition? when, MetricDimension by, string? value, int count, CancellationToken ct)
    {
        var p = new SqlParameters();
        var (expression, joins) = Dimension(by);
        var slice = by == MetricDimension.None || value is null ? "" : $"AND {expression} = {p.Add(value)}";
        var sql = $"""
            SELECT f.body, MIN(f.sentiment) AS worst
            FROM feedback f
            {joins}
            {Where(from, to, when, p)} AND f.body IS NOT NULL AND f.body <> '' AND f.sentiment_label = 'negative' {slice}
            GROUP BY f.body
            ORDER BY worst, f.body
            LIMIT {p.Add(count)}
            """;
        return await QueryAsync(sql, p, reader => reader.GetString(0), ct);
    }

    /// <summary>Runs a query with its parameters on a connection of its own and reads every row.</summary>
    private async Task<List<T>> QueryAsync<T>(string sql, SqlParameters p, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        p.Bind(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The SQL value of a dimension, and the joins it and the filters need (customers are joined for both).</summary>
    private static (string Value, string Joins) Dimension(MetricDimension by) => by switch
    {
        MetricDimension.None => ("''", CustomerJoin),
        MetricDimension.Channel => ("lower(f.channel)", CustomerJoin),
        MetricDimension.Kind => ("lower(f.kind)", CustomerJoin),
        MetricDimension.Language => ($"lower({FeedbackFilterSql.Language})", CustomerJoin),
        MetricDimension.Country => ("upper(c.country)", CustomerJoin),
        MetricDimension.Topic => ("lower(dt.topic)", $"JOIN feedback_topics dt ON dt.feedback_key = f.key {CustomerJoin}"),
        _ => throw new ArgumentOutOfRangeException(nameof(by), by, "unknown dimension"),
    };

    // A LEFT JOIN on the primary key: free for items without a customer, and what country and customer filters read.
    private const string CustomerJoin = "LEFT JOIN customers c ON c.id = f.customer_id";

    private static string Where(DateTimeOffset from, DateTimeOffset to, FeedbackCondition? when, SqlParameters p)
    {
        var predicates = new List<string>
        {
            $"f.occurred_at >= {p.Add(from.ToUnixTimeMilliseconds())}",
            $"f.occurred_at < {p.Add(to.ToUnixTimeMilliseconds())}",
        };
        predicates.AddRange(FeedbackFilterSql.Predicates(when, p));
        return "WHERE " + string.Join(" AND ", predicates.Select(x => $"({x})"));
    }
}

using Connectors.Abstractions;
using Connectors.Host.Routing;

namespace Connectors.Host.Metrics;

/// <summary>
/// A <see cref="FeedbackCondition"/> as an SQL predicate over <c>feedback f</c> (and <c>customers c</c>, joined when a
/// condition asks about the customer), so a metric counts exactly the items a route with the same <c>when</c> would
/// take, without reading them into memory. Names compare in any case, as <see cref="FeedbackCondition.Matches"/> does.
/// </summary>
internal static class FeedbackFilterSql
{
    private const double Tolerance = 1e-9;

    /// <summary>The predicates (joined with AND by the caller); empty when the condition asks nothing.</summary>
    public static List<string> Predicates(FeedbackCondition? when, SqlParameters p)
    {
        var sql = new List<string>();
        if (when is null)
        {
            return sql;
        }

        AnyOf(sql, p, "lower(f.channel)", when.Channels);
        AnyOf(sql, p, "lower(f.kind)", when.Kinds);
        AnyOf(sql, p, "lower(f.sentiment_label)", when.Sentiment);
        AnyOf(sql, p, $"lower({Language})", when.Languages);
        Bound(sql, p, "f.rating", "<=", when.RatingAtMost + Tolerance);
        Bound(sql, p, "f.rating", ">=", when.RatingAtLeast - Tolerance);
        Bound(sql, p, "f.sentiment", "<=", when.SentimentAtMost + Tolerance);
        Bound(sql, p, "f.sentiment", ">=", when.SentimentAtLeast - Tolerance);
        if (when.Topics.Count > 0)
        {
            sql.Add($"EXISTS (SELECT 1 FROM feedback_topics t WHERE t.feedback_key = f.key AND lower(t.topic) IN ({Lowered(p, when.Topics)}))");
        }

        foreach (var topic in when.AllTopics)
        {
            sql.Add($"EXISTS (SELECT 1 FROM feedback_topics t WHERE t.feedback_key = f.key AND lower(t.topic) = {p.Add(topic.ToLowerInvariant())})");
        }

        if (when.PriorityAtLeast is { } floor)
        {
            var names = Enum.GetValues<Priority>().Where(x => x >= floor).Select(x => (object)x.ToString().ToLowerInvariant());
            sql.Add($"lower(f.priority) IN ({p.List(names)})");
        }

        if (!when.NeedsCustomer)
        {
            return sql;
        }

        sql.Add("c.id IS NOT NULL");
        if (when.Countries.Count > 0)
        {
            sql.Add($"upper(c.country) IN ({p.List(when.Countries.Select(x => (object)x.ToUpperInvariant()))})");
        }

        if (when.CustomerTags.Count > 0)
        {
            sql.Add($"EXISTS (SELECT 1 FROM json_each(c.tags) j WHERE lower(j.value) IN ({Lowered(p, when.CustomerTags)}))");
        }

        foreach (var consent in when.Consent)
        {
            sql.Add(consent.Equals("sms", StringComparison.OrdinalIgnoreCase) ? "c.sms_consent = 1" : "c.email_marketing_consent = 1");
        }

        if (when.CustomerOrdersAtLeast is { } orders)
        {
            sql.Add($"(SELECT COUNT(DISTINCT o.order_key) FROM customer_orders o WHERE o.customer_id = c.id) >= {p.Add(orders)}");
        }

        return sql;
    }

    /// <summary>The language an item is counted under: as identified, else as the source stated it (its primary subtag).</summary>
    public const string Language =
        "COALESCE(f.detected_language, CASE WHEN instr(replace(f.language, '_', '-'), '-') > 0 " +
        "THEN substr(f.language, 1, instr(replace(f.language, '_', '-'), '-') - 1) ELSE f.language END)";

    private static void AnyOf(List<string> sql, SqlParameters p, string column, List<string> values)
    {
        if (values.Count > 0)
        {
            sql.Add($"{column} IN ({Lowered(p, values)})");
        }
    }

    private static void Bound(List<string> sql, SqlParameters p, string column, string op, double? bound)
    {
        if (bound is { } b)
        {
            sql.Add($"{column} IS NOT NULL AND {column} {op} {p.Add(b)}");
        }
    }

    private static string Lowered(SqlParameters p, IEnumerable<string> values) => p.List(values.Select(v => (object)v.ToLowerInvariant()));
}

using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Metrics;

/// <summary>
/// Checks every alert rule over the store as of a day: the window is the rule's whole UTC days before that day, the
/// baseline the weeks before the window. A breach is stored once by its key (rule, day, slice) and queued to the rule's
/// sinks in the same transaction, so checking again the same day, or from two places, sends nothing twice.
/// </summary>
public sealed class AlertEvaluator(ValidatedConfig config, FeedbackMetricsQuery metrics, IStoreConnectionFactory store, TimeProvider time, ILogger<AlertEvaluator> logger)
{
    private const int ExampleCount = 3;

    /// <summary>Whether any rule is configured.</summary>
    public bool HasRules => config.Source.Alerts.Count > 0;

    /// <summary>Checks every rule as of the start of <paramref name="on"/> (today, UTC, when null); returns every slice checked.</summary>
    public async Task<List<AlertEvaluation>> CheckAsync(DateOnly? on, CancellationToken ct)
    {
        var day = on ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var evaluations = new List<AlertEvaluation>();
        foreach (var rule in config.Source.Alerts)
        {
            var windowDay = day.AddDays(-rule.WindowDays);
            var (end, windowStart) = (FeedbackReportBuilder.Utc(day), FeedbackReportBuilder.Utc(windowDay));
            var start = windowStart.AddDays(-7 * rule.BaselineWeeks);
            var rows = await metrics.DailyAsync(start, end, rule.By, rule.When, ct);
            // A topic's negative share is of all the rule's feedback: "complaints about damaged goods are 12% of what customers
            // say" rises when they do, where the share of negative items among those naming the topic is near 100% always.
            var ofAll = rule.Metric == AlertMetric.NegativeShare && (rule.By == MetricDimension.Topic || rule.When?.NamesTopics == true)
                ? Split(await metrics.DailyAsync(start, end, MetricDimension.None, rule.When?.WithoutTopics(), ct), windowDay)
                : ((MetricCounts Window, MetricCounts Baseline)?)null;
            var slices = rule.By == MetricDimension.None
                ? [""]
                : rows.Where(r => r.Value is not null && r.Day >= windowDay).Select(r => r.Value!).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var slice in slices)
            {
                var (window, baseline) = Split(rows.Where(r => (r.Value ?? "") == slice), windowDay);
                var dimension = rule.By == MetricDimension.None ? Describe(rule.When) : $"{JsonNames.Of(rule.By)}={slice}";
                long? sliceItems = null;
                if (ofAll is { } all)
                {
                    sliceItems = window.Items;
                    window = window with { Items = all.Window.Items };
                    baseline = baseline with { Items = all.Baseline.Items };
                }

                var evaluation = AlertRule.Evaluate(rule, dimension, window, baseline, windowStart, end, sliceItems);
                if (evaluation.Quiet is null)
                {
                    evaluation = await RaiseAsync(rule, evaluation, day, slice, ct);
                }

                evaluations.Add(evaluation);
            }
        }

        return evaluations;
    }

    /// <summary>The counts of the days from <paramref name="windowDay"/> on (the window) and of the days before (the baseline).</summary>
    private static (MetricCounts Window, MetricCounts Baseline) Split(IEnumerable<MetricRow> rows, DateOnly windowDay)
    {
        var (window, baseline) = (default(MetricCounts), default(MetricCounts));
        foreach (var row in rows)
        {
            if (row.Day >= windowDay)
            {
                window += row.Counts;
            }
            else
            {
                baseline += row.Counts;
            }
        }

        return (window, baseline);
    }

    private async Task<AlertEvaluation> RaiseAsync(AlertOptions rule, AlertEvaluation e, DateOnly day, string slice, CancellationToken ct)
    {
        var key = $"{rule.Name}:{day:yyyy-MM-dd}{(e.Dimension.Length == 0 ? "" : $":{e.Dimension}")}";
        var alert = new AlertRecord
        {
            Key = key,
            Rule = rule.Name,
            Message = AlertRule.Message(rule, e),
            Metric = JsonNames.Of(rule.Metric),
            Dimension = e.Dimension,
            Value = e.Value!.Value,
            Baseline = e.Baseline,
            Threshold = e.Threshold!.Value,
            ItemCount = (int)Math.Min(int.MaxValue, e.Items),
            WindowStart = e.WindowStart,
            WindowEnd = e.WindowEnd,
            Examples = await metrics.ExamplesAsync(e.WindowStart, e.WindowEnd, rule.When, rule.By, rule.By == MetricDimension.None ? null : slice, ExampleCount, ct),
        };

        await using var connection = await store.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        bool isNew;
        using (var insert = new RowStatement(connection, "INSERT INTO alerts (key, rule, payload, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (key) DO NOTHING"))
        {
            isNew = insert.Run([key, rule.Name, JsonSerializer.Serialize(alert), time.GetUtcNow()]) == 1;
        }

        if (isNew)
        {
            using var outbox = new OutboxWriter(connection);
            outbox.Enqueue([.. rule.To.Select(sink => new OutboxEntry(new RouteTarget(sink, Priority.High, rule.Name), "alert", key))], time.GetUtcNow());
            logger.LogWarning("Alert {Rule}: {Message}", rule.Name, alert.Message);
        }

        await tx.CommitAsync(ct);
        return e with { Alert = alert, IsNew = isNew };
    }

    /// <summary>The slice a rule's <c>when</c> picks, in the <c>name=value</c> form of alert dimensions; empty for all feedback.</summary>
    internal static string Describe(FeedbackCondition? when)
    {
        if (when is null)
        {
            return "";
        }

        var parts = new List<string>();
        void Add(string name, List<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{name}={string.Join(',', values)}");
            }
        }

        Add("channel", when.Channels);
        Add("kind", when.Kinds);
        Add("topic", when.Topics);
        Add("topics", when.AllTopics);
        Add("language", when.Languages);
        Add("country", when.Countries);
        Add("sentiment", when.Sentiment);
        Add("tag", when.CustomerTags);
        return string.Join(";", parts);
    }
}

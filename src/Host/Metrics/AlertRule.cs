using System.Globalization;

namespace Connectors.Host.Metrics;

/// <summary>
/// The arithmetic of one alert rule on one slice, apart from the store so it can be tested by itself. Shares, NPS,
/// CSAT and ratings compare the window with the whole baseline period; volume compares with the baseline's average over
/// a window's length. With a <c>factor</c>, "higher is better" metrics (NPS, CSAT, ratings) fire on drops: below the
/// baseline divided by the factor (a negative NPS: multiplied); the others on rises above the baseline times the factor.
/// <c>above</c> and <c>below</c> are absolute, whatever the metric.
/// </summary>
public static class AlertRule
{
    /// <summary>
    /// Checks the rule; <paramref name="dimension"/> names the slice. <paramref name="sliceItems"/>, when given, is how many
    /// items the slice itself has where the counts are of more (a topic's negative items counted among all feedback):
    /// <c>minItems</c> asks it of the slice.
    /// </summary>
    public static AlertEvaluation Evaluate(
        AlertOptions rule, string dimension, MetricCounts window, MetricCounts baseline, DateTimeOffset windowStart, DateTimeOffset windowEnd, long? sliceItems = null)
    {
        var evaluation = new AlertEvaluation
        {
            Rule = rule.Name,
            Dimension = dimension,
            Metric = rule.Metric,
            OfAllFeedback = sliceItems is not null,
            Items = sliceItems ?? window.Basis(rule.Metric),
            Value = window.Value(rule.Metric),
            Baseline = BaselineValue(rule, baseline),
            WindowStart = windowStart,
            WindowEnd = windowEnd,
        };
        var thresholds = Thresholds(rule, evaluation.Baseline).ToList();
        var first = thresholds.Select(t => t.Value).FirstOrDefault(t => t is not null);
        if (evaluation.Items < rule.MinItems || evaluation.Value is not { } value)
        {
            return evaluation with { Threshold = first, Quiet = $"{evaluation.Items} item{(evaluation.Items == 1 ? "" : "s")}, needs {rule.MinItems}" };
        }

        var quiet = new List<string>();
        foreach (var (threshold, fireAbove, why, isFactor) in thresholds)
        {
            if (threshold is not { } t)
            {
                quiet.Add(why);
            }
            else if (fireAbove ? value > t : value < t)
            {
                return evaluation with { Threshold = t, FiredByBaseline = isFactor };
            }
            else
            {
                quiet.Add($"{Show(rule, value)} is not {(fireAbove ? "above" : "below")} {Show(rule, t)}{why}");
            }
        }

        return evaluation with { Threshold = first, Quiet = string.Join("; ", quiet) };
    }

    /// <summary>The sentence of a breach, for example <c>negative share of topic damaged is 34% over 7 days, 2.8x its 8-week level (12%), 41 items</c>.</summary>
    public static string Message(AlertOptions rule, AlertEvaluation e)
    {
        var slice = e.Dimension.Length == 0 ? "" : $" of {e.Dimension.Replace('=', ' ').Replace(";", ", ", StringComparison.Ordinal)}";
        var fromBaseline = e.FiredByBaseline && e.Baseline is { } b && Math.Abs(b) > 1e-12;
        var against = fromBaseline
            ? string.Create(CultureInfo.InvariantCulture, $", {e.Value / e.Baseline:0.0}x its {rule.BaselineWeeks}-week {(rule.Metric == AlertMetric.Volume ? "average" : "level")} ({Show(rule, e.Baseline)})")
            : $", {(e.Value > e.Threshold ? "above" : "below")} {(e.FiredByBaseline ? "its baseline" : "the threshold")} {Show(rule, e.Threshold)}";
        if (e.OfAllFeedback)
        {
            return $"negative feedback on{slice[3..]} is {Show(rule, e.Value)} of all feedback over {rule.WindowDays} day{(rule.WindowDays == 1 ? "" : "s")}{against}, {e.Items} items";
        }

        return $"{AlertValueFormat.Name(rule.Metric)}{slice} is {Show(rule, e.Value)} over {rule.WindowDays} day{(rule.WindowDays == 1 ? "" : "s")}{against}, {e.Items} items";
    }

    private static double? BaselineValue(AlertOptions rule, MetricCounts baseline)
    {
        if (rule.BaselineWeeks == 0 || baseline.Basis(rule.Metric) == 0)
        {
            return null;
        }

        return rule.Metric == AlertMetric.Volume
            ? baseline.Items * (double)rule.WindowDays / (rule.BaselineWeeks * 7)
            : baseline.Value(rule.Metric);
    }

    /// <summary>Each threshold the rule sets (factor, above, below) and which way it fires; a factor without a baseline says why it cannot.</summary>
    private static IEnumerable<(double? Value, bool FireAbove, string Why, bool IsFactor)> Thresholds(AlertOptions rule, double? baseline)
    {
        if (rule.Factor is { } factor)
        {
            var drops = AlertValueFormat.HigherIsBetter(rule.Metric);
            yield return baseline is not { } b
                ? (null, !drops, $"no baseline: nothing in the {rule.BaselineWeeks} weeks before the window", true)
                : (drops ? (b >= 0 ? b / factor : b * factor) : b * factor, !drops,
                    drops
                        ? string.Create(CultureInfo.InvariantCulture, $" (the baseline {Show(rule, b)} / {factor:0.##})")
                        : string.Create(CultureInfo.InvariantCulture, $" ({factor:0.##}x the baseline {Show(rule, b)})"), true);
        }

        if (rule.Above is { } above)
        {
            yield return (above, true, "", false);
        }

        if (rule.Below is { } below)
        {
            yield return (below, false, "", false);
        }
    }

    private static string Show(AlertOptions rule, double? value) => AlertValueFormat.Format(rule.Metric, value);
}

using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Sentiment;

/// <summary>
/// Turns a text's cues into a sum of weights: each polar cue counts with its intensifiers, flipped when negated,
/// and weighted by where it stands relative to a contrast ("great product but late": the part after "but" is what
/// the customer means) or inside a concession ("although it was late, ...").
/// </summary>
internal static class CueScorer
{
    /// <summary>Weight of cues before the last contrast marker.</summary>
    public const double BeforeContrast = 0.5;

    /// <summary>Weight of cues after the last contrast marker.</summary>
    public const double AfterContrast = 1.2;

    /// <summary>Weight of cues in a clause opened by a concession.</summary>
    public const double InConcession = 0.5;

    /// <summary>A negated positive cue ("not good") is negative, but less so than its opposite ("bad").</summary>
    public const double NegatedPositive = -0.75;

    /// <summary>Even a mild positive, negated, is a clear negative: "not ok", "not correct", "not fine".</summary>
    public const double NegatedPositiveAtLeast = 0.8;

    /// <summary>A negated negative cue ("not bad") is mildly positive.</summary>
    public const double NegatedNegative = -0.5;

    public static double Score(ReadOnlySpan<CueEvent> events, LanguageProfile? profile, int exclamations, ScratchList<Contribution> contributions)
    {
        var window = profile?.Window ?? 3;
        var postNegation = profile?.PostNegation ?? PostNegation.None;
        var contrasts = 0;
        foreach (var e in events)
        {
            contrasts += e.Kind == CueKind.Contrast ? 1 : 0;
        }

        var sum = 0.0;
        var segment = 0;
        var concessionClause = -1;
        for (var j = 0; j < events.Length; j++)
        {
            var e = events[j];
            switch (e.Kind)
            {
                case CueKind.Contrast:
                    segment++;
                    contributions.Add(new Contribution(0, false, true, e.CharStart, e.CharEnd));
                    continue;
                case CueKind.Concession:
                    concessionClause = e.Clause;
                    continue;
                case CueKind.Polar when e.Value != 0:
                    break;
                default:
                    continue;
            }

            double value = e.Value;
            var start = e.CharStart;
            var end = e.CharEnd;
            var negated = false;
            if (!e.IsEmoji && !e.SelfNegated)
            {
                value *= Intensity(events, j);
                var negator = NegatorBefore(events, j, window);
                if (negator < 0 && postNegation != PostNegation.None)
                {
                    negator = NegatorAfter(events, j, window, postNegation);
                }

                if (negator >= 0)
                {
                    negated = true;
                    value = value > 0 ? Math.Min(value * NegatedPositive, -NegatedPositiveAtLeast) : value * NegatedNegative;
                    start = Math.Min(start, events[negator].CharStart);
                    end = Math.Max(end, events[negator].CharEnd);
                }
            }

            value *= contrasts == 0 ? 1 : segment < contrasts ? BeforeContrast : AfterContrast;
            value *= e.Clause == concessionClause ? InConcession : 1;
            sum += value;
            contributions.Add(new Contribution(value, negated, false, start, end));
        }

        // Exclamation marks add emphasis to whatever the text says, up to a point.
        return sum * (1 + (0.1 * Math.Min(exclamations, 3)));
    }

    private static double Intensity(ReadOnlySpan<CueEvent> events, int j)
    {
        var factor = 1.0;
        var next = events[j];
        for (var k = j - 1; k >= 0 && events[k].Kind == CueKind.Intensifier && events[k].Clause == next.Clause && next.Position - events[k].End <= 1; k--)
        {
            factor *= events[k].Value;
            next = events[k];
        }

        return factor;
    }

    /// <summary>The negator that reaches this cue from before, or -1; another polar cue or a contrast in between stops it.</summary>
    private static int NegatorBefore(ReadOnlySpan<CueEvent> events, int j, int window)
    {
        var cue = events[j];
        for (var k = j - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Clause != cue.Clause || cue.Position - e.End >= window || e.Kind == CueKind.Contrast || (e.Kind == CueKind.Polar && e.Value != 0))
            {
                return -1;
            }

            if (e.Kind == CueKind.Negator)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The negator that follows this cue where the grammar allows that ("gefällt mir nicht", "良くない"), or -1.</summary>
    private static int NegatorAfter(ReadOnlySpan<CueEvent> events, int j, int window, PostNegation mode)
    {
        var cue = events[j];
        for (var k = j + 1; k < events.Length; k++)
        {
            var e = events[k];
            if (e.Clause != cue.Clause || e.Position - cue.End >= window || e.Kind == CueKind.Contrast || (e.Kind == CueKind.Polar && e.Value != 0))
            {
                return -1;
            }

            if (e.Kind == CueKind.Negator)
            {
                return mode == PostNegation.Always || e.ClauseFinal ? k : -1;
            }
        }

        return -1;
    }
}

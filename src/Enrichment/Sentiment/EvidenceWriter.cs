using System.Text;
using Connectors.Abstractions;

namespace Connectors.Enrichment.Sentiment;

/// <summary>
/// Writes the evidence of a sentiment result: the rating, then the strongest cues in text order, each quoted as the
/// customer wrote it with its direction: <c>rating 1/5; 'never arrived' (-), 'not good' (negated +), 'but' (contrast)</c>.
/// </summary>
internal static class EvidenceWriter
{
    /// <summary>Cues listed at most; more would not fit a ticket's side panel.</summary>
    public const int MaxCues = 4;

    /// <summary>A longer quote is cut, so one long phrase cannot crowd out the rest.</summary>
    public const int MaxQuote = 40;

    public static string Write(StringBuilder builder, ReadOnlySpan<char> text, Rating? rating, ReadOnlySpan<Contribution> contributions)
    {
        if (rating is { } r)
        {
            RatingPolarity.Append(builder, r);
        }

        Span<int> chosen = stackalloc int[MaxCues];
        var count = Choose(contributions, chosen);
        if (count == 0)
        {
            return builder.Length == 0 ? "no cues" : builder.ToString();
        }

        builder.Append(builder.Length == 0 ? "" : "; ");
        var contrastShown = false;
        for (var k = 0; k < contributions.Length; k++)
        {
            var c = contributions[k];
            var isChosen = chosen[..count].Contains(k);
            var isFirstContrast = c.IsContrast && !contrastShown && count > 1;
            if (!isChosen && !isFirstContrast)
            {
                continue;
            }

            contrastShown |= c.IsContrast;
            builder.Append(builder.Length == 0 || builder[^1] == ' ' ? "" : ", ").Append('\'');
            var quote = text[c.CharStart..c.CharEnd];
            builder.Append(quote.Length > MaxQuote ? quote[..MaxQuote] : quote).Append(quote.Length > MaxQuote ? "…' " : "' ");
            builder.Append(c.IsContrast ? "(contrast)" : c.Negated ? (c.Value > 0 ? "(negated -)" : "(negated +)") : c.Value > 0 ? "(+)" : "(-)");
        }

        return builder.ToString();
    }

    /// <summary>Picks the strongest cues (not contrast markers) by the size of what they added.</summary>
    private static int Choose(ReadOnlySpan<Contribution> contributions, Span<int> chosen)
    {
        var count = 0;
        for (var k = 0; k < contributions.Length; k++)
        {
            if (contributions[k].IsContrast)
            {
                continue;
            }

            if (count < chosen.Length)
            {
                chosen[count++] = k;
                continue;
            }

            var weakest = 0;
            for (var m = 1; m < count; m++)
            {
                weakest = Math.Abs(contributions[chosen[m]].Value) < Math.Abs(contributions[chosen[weakest]].Value) ? m : weakest;
            }

            if (Math.Abs(contributions[k].Value) > Math.Abs(contributions[chosen[weakest]].Value))
            {
                chosen[weakest] = k;
            }
        }

        return count;
    }
}

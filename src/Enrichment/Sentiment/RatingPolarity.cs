using System.Globalization;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Enrichment.Sentiment;

/// <summary>
/// What a rating says about sentiment, aware of its scale: NPS 0-6 are detractors (negative), 7-8 passives
/// (neutral), 9-10 promoters (positive); stars and CSAT 1-2 are negative, 3 neutral, 4-5 positive. Linear
/// between the anchors, so a 4.5-star average reads between 4 and 5.
/// </summary>
internal static class RatingPolarity
{
    // (raw, polarity) anchors; every negative anchor sits beyond the label threshold, every neutral one inside it.
    private static readonly (double Raw, double Polarity)[] Stars = [(1, -1), (2, -0.6), (3, 0), (4, 0.6), (5, 1)];
    private static readonly (double Raw, double Polarity)[] Nps = [(0, -1), (6, -0.4), (7, 0), (8, 0.1), (9, 0.7), (10, 1)];

    public static double Of(Rating rating)
    {
        var anchors = rating.Scale == RatingScale.Nps0To10 ? Nps : Stars;
        var raw = rating.Raw;
        for (var i = 1; i < anchors.Length; i++)
        {
            if (raw <= anchors[i].Raw)
            {
                var (r0, p0) = anchors[i - 1];
                var (r1, p1) = anchors[i];
                return p0 + ((Math.Max(raw, r0) - r0) / (r1 - r0) * (p1 - p0));
            }
        }

        return anchors[^1].Polarity;
    }

    /// <summary>The rating as evidence reads it: <c>rating 4/5</c>, <c>NPS 8/10</c>, <c>CSAT 2/5</c>.</summary>
    public static string Describe(Rating rating) => Append(new StringBuilder(16), rating).ToString();

    /// <summary>
    /// Appends <see cref="Describe"/>'s text to <paramref name="builder"/> without making it a string first: the
    /// evidence of every rated item starts with it, and the number and the phrase were two strings an item.
    /// </summary>
    public static StringBuilder Append(StringBuilder builder, Rating rating)
    {
        var (prefix, suffix) = rating.Scale switch
        {
            RatingScale.Nps0To10 => ("NPS ", "/10"),
            RatingScale.Csat1To5 => ("CSAT ", "/5"),
            _ => ("rating ", "/5"),
        };
        return builder.Append(prefix).Append(CultureInfo.InvariantCulture, $"{rating.Raw:0.##}").Append(suffix);
    }
}

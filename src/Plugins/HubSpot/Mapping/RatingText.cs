using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.HubSpot.Mapping;

/// <summary>A rating as people read it on its own scale: stars, NPS with its band, CSAT.</summary>
internal static class RatingText
{
    public static string Describe(Rating rating)
    {
        var raw = rating.Raw.ToString("0.#", CultureInfo.InvariantCulture);
        switch (rating.Scale)
        {
            case RatingScale.Stars1To5:
                var stars = (int)Math.Round(rating.Raw, MidpointRounding.AwayFromZero);
                return $"{new string('★', stars)}{new string('☆', 5 - stars)} {raw}/5 stars";
            case RatingScale.Nps0To10:
                var band = rating.Raw >= 9 ? "promoter" : rating.Raw >= 7 ? "passive" : "detractor";
                return $"NPS {raw}/10 ({band})";
            case RatingScale.Csat1To5:
                return $"CSAT {raw}/5";
            default:
                return $"{raw} ({rating.Scale})";
        }
    }
}

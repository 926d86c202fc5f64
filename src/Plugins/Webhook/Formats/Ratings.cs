using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>Ratings for people: whole stars, and the raw value on its scale.</summary>
internal static class Ratings
{
    /// <summary>Whole stars 1 to 5: the raw value on star and CSAT scales, the normalised value spread over five stars for NPS.</summary>
    public static int Stars(Rating rating) => rating.Scale switch
    {
        RatingScale.Stars1To5 or RatingScale.Csat1To5 => (int)Math.Round(rating.Raw, MidpointRounding.AwayFromZero),
        _ => 1 + (int)Math.Round(rating.Value * 4, MidpointRounding.AwayFromZero),
    };

    /// <summary><c>★★☆☆☆</c>.</summary>
    public static string StarText(Rating rating)
    {
        var stars = Math.Clamp(Stars(rating), 1, 5);
        return new string('★', stars) + new string('☆', 5 - stars);
    }

    /// <summary>For example <c>2/5 stars</c>, <c>3/10 NPS</c>, <c>4/5 CSAT</c>.</summary>
    public static string Label(Rating rating) => rating.Scale switch
    {
        RatingScale.Nps0To10 => string.Create(CultureInfo.InvariantCulture, $"{rating.Raw:0.#}/10 NPS"),
        RatingScale.Csat1To5 => string.Create(CultureInfo.InvariantCulture, $"{rating.Raw:0.#}/5 CSAT"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{rating.Raw:0.#}/5 stars"),
    };
}

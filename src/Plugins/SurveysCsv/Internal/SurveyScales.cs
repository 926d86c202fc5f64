using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>The scale names accepted in <see cref="SurveysCsvOptions.Scale"/>.</summary>
internal static class SurveyScales
{
    public const string Nps = "nps-0-10";
    public const string Csat = "csat-1-5";
    public const string Stars = "stars-1-5";

    public static IReadOnlyList<string> Names { get; } = [Nps, Csat, Stars];

    public static bool TryParse(string? name, out RatingScale scale)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "NPS-0-10":
                scale = RatingScale.Nps0To10;
                return true;
            case "CSAT-1-5":
                scale = RatingScale.Csat1To5;
                return true;
            case "STARS-1-5":
                scale = RatingScale.Stars1To5;
                return true;
            default:
                scale = default;
                return false;
        }
    }

    /// <summary>For messages, for example <c>nps-0-10 scale (0..10)</c>.</summary>
    public static string Describe(RatingScale scale)
    {
        var (min, max) = Rating.Bounds(scale);
        var name = scale switch
        {
            RatingScale.Nps0To10 => Nps,
            RatingScale.Csat1To5 => Csat,
            _ => Stars,
        };
        return $"{name} scale ({min}..{max})";
    }
}

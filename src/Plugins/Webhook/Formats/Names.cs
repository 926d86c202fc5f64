using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>How values are spelled in bodies: lower-case names as the configuration spells them, ISO 8601 UTC times.</summary>
internal static class Names
{
    public static string Of(Priority priority) => priority.ToString().ToLowerInvariant();

    public static string Of(ReplyState state) => state.ToString().ToLowerInvariant();

    /// <summary>As the <c>surveys-csv</c> options spell scales: <c>stars-1-5</c>, <c>nps-0-10</c>, <c>csat-1-5</c>.</summary>
    public static string Of(RatingScale scale) => scale switch
    {
        RatingScale.Stars1To5 => "stars-1-5",
        RatingScale.Nps0To10 => "nps-0-10",
        RatingScale.Csat1To5 => "csat-1-5",
        _ => scale.ToString().ToLowerInvariant(),
    };

    /// <summary><c>2025-06-01T12:00:00Z</c>.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

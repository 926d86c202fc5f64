using System.Globalization;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Parses submission times strictly, so an ambiguous <c>01/02/2024</c> is reported instead of guessed.</summary>
internal static class SubmittedAtParser
{
    public const string Accepted = "ISO 8601 (2024-05-01T10:15:00Z), 'yyyy-MM-dd HH:mm:ss' or 'yyyy-MM-dd'";

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd",
    ];

    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}

using System.Globalization;

namespace Connectors.Host.Cli;

/// <summary>Reads a UTC day from a command-line option, failing with the option's name and the expected form.</summary>
internal static class CliDates
{
    /// <summary>The day, today's default when <paramref name="text"/> is absent, or null after printing why it is not a day.</summary>
    public static bool TryParse(string? text, string option, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        if (text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return true;
        }

        CliSession.Fail($"{option} '{text}' is not a date; give it as yyyy-MM-dd (UTC), for example {option} 2026-11-01");
        return false;
    }

    /// <summary>Today in UTC.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}

using System.Globalization;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>How an export writes times: a format and the offset the tool shows them in.</summary>
internal sealed record TimeStyle(string Format, TimeSpan Offset)
{
    /// <summary>Typeform's <c>Submit Date (UTC)</c>: <c>2024-05-01 10:15:00</c>.</summary>
    public static TimeStyle TypeformUtc { get; } = new("yyyy-MM-dd HH:mm:ss", TimeSpan.Zero);

    /// <summary>ISO 8601 in UTC: <c>2024-05-01T10:15:00Z</c>.</summary>
    public static TimeStyle IsoUtc { get; } = new("yyyy-MM-dd'T'HH:mm:ss'Z'", TimeSpan.Zero);

    /// <summary>A contact form's <c>2024-05-01 10:15</c>, in UTC.</summary>
    public static TimeStyle MinutesUtc { get; } = new("yyyy-MM-dd HH:mm", TimeSpan.Zero);

    /// <summary>ISO 8601 with a fixed offset: <c>2024-05-01T07:15:00-03:00</c>.</summary>
    public static TimeStyle IsoWithOffset(TimeSpan offset) => new("yyyy-MM-dd'T'HH:mm:sszzz", offset);

    public string Write(DateTimeOffset time) => time.ToOffset(Offset).ToString(Format, CultureInfo.InvariantCulture);
}

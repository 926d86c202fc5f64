using System.Globalization;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>Reads the list endpoints' query parameters, collecting every problem (each becomes a line of the 400).</summary>
internal sealed class ListParameters(VendorExchange exchange)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public List<string> Problems { get; } = [];

    public int Int(string name, int fallback, int min, int max)
    {
        if (exchange.Query(name) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Problems.Add($"{name} must be an integer between {min} and {max}, was '{text}'");
            return fallback;
        }

        return value;
    }

    /// <summary>An array parameter: repeated or comma-separated.</summary>
    public IReadOnlyList<string> List(string name) =>
        exchange.Http.Request.Query.TryGetValue(name, out var values)
            ? [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];

    public bool? Bool(string name)
    {
        if (exchange.Query(name) is not { } text)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Problems.Add($"{name} must be true or false, was '{text}'");
        return null;
    }

    /// <summary>A date-time as Trustpilot takes it (<c>2013-09-07T13:37:00</c>, UTC; no time means 00:00:00; an offset is honoured).</summary>
    public DateTimeOffset? Date(string name)
    {
        if (exchange.Query(name) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var plain))
        {
            return new DateTimeOffset(plain, TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var zoned))
        {
            return zoned.ToUniversalTime();
        }

        Problems.Add($"{name} must be a date-time such as 2013-09-07T13:37:00, was '{text}'");
        return null;
    }

    public string? Text(string name) => string.IsNullOrEmpty(exchange.Query(name)) ? null : exchange.Query(name);
}

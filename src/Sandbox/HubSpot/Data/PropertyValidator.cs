using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>Checks and normalises property values by their definition, wording failures as HubSpot does.</summary>
internal static partial class PropertyValidator
{
    /// <summary>HubSpot's limit on a string property value (and on <c>hs_note_body</c>).</summary>
    public const int MaxStringLength = 65_536;

    /// <summary>The normalised value, or the reason it is invalid.</summary>
    public static string? Normalize(string objectType, PropertyDefinition definition, string value, out ErrorDetail? error)
    {
        error = null;
        if (value.Length == 0)
        {
            return value; // an empty string clears the property
        }

        if (objectType == HubSpotObjectTypes.Contacts && definition.Name == "email")
        {
            var email = value.Trim().ToLowerInvariant();
            if (!EmailPattern().IsMatch(email))
            {
                error = new ErrorDetail($"Email address {value} is invalid", "INVALID_EMAIL", definition.Name);
            }

            return email;
        }

        switch (definition.Type)
        {
            case "bool":
                if (bool.TryParse(value, out var flag))
                {
                    return flag ? "true" : "false";
                }

                error = new ErrorDetail($"{value} is not a valid boolean value. Use 'true' or 'false'.", "INVALID_BOOLEAN", definition.Name);
                return null;
            case "number":
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    return value;
                }

                error = new ErrorDetail($"{value} is not a valid number", "INVALID_NUMBER", definition.Name);
                return null;
            case "datetime" or "date":
                if (ParseTime(value) is { } at)
                {
                    return Iso(at);
                }

                error = new ErrorDetail($"{value} is not a valid datetime. Use a UTC ISO 8601 timestamp or milliseconds since the epoch.", "INVALID_DATETIME", definition.Name);
                return null;
            case "enumeration" when definition.Options.Count > 0:
                var allowed = definition.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
                var bad = value.Split(';').FirstOrDefault(v => !allowed.Contains(v));
                if (bad is null)
                {
                    return value;
                }

                error = new ErrorDetail($"{bad} was not one of the allowed options: [{string.Join(", ", allowed)}]", "INVALID_OPTION", definition.Name);
                return null;
            default:
                if (value.Length <= MaxStringLength)
                {
                    return value;
                }

                error = new ErrorDetail($"Property {definition.Name} is {value.Length} characters long; the limit is {MaxStringLength}", "INVALID_STRING_LENGTH", definition.Name);
                return null;
        }
    }

    /// <summary>The <c>Property values were not valid: [...]</c> message HubSpot writes for invalid values.</summary>
    public static string Message(IEnumerable<ErrorDetail> errors)
    {
        var items = errors.Select(e => new Dictionary<string, object?>
        {
            ["isValid"] = false,
            ["message"] = e.Message,
            ["error"] = e.Code,
            ["name"] = e.PropertyName,
            ["localizedErrorMessage"] = e.Message,
        });
        return "Property values were not valid: " + JsonSerializer.Serialize(items, Framework.SandboxJson.Options);
    }

    /// <summary>ISO 8601 UTC with milliseconds, as HubSpot writes times.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string value)
    {
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")]
    private static partial Regex EmailPattern();
}

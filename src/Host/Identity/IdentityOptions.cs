using System.ComponentModel.DataAnnotations;

namespace Connectors.Host.Identity;

/// <summary>
/// The <c>identity</c> section: which keys may join records of different sources into one customer. A record always
/// stays with the customer its own source id resolved to before; the keys below are tried in this fixed order of
/// strength, and a weaker key never joins a customer whose email differs from the record's.
/// </summary>
public sealed class IdentityOptions : IValidatableObject
{
    /// <summary>The keys in order of strength.</summary>
    internal static readonly string[] Keys = [Email, Order, Phone, Link];

    internal const string Email = "email";
    internal const string Order = "order";
    internal const string Phone = "phone";
    internal const string Link = "link";

    /// <summary>
    /// The keys that may join records: <c>email</c> (normalised), <c>order</c> (an order id another source linked to a
    /// customer), <c>phone</c> (E.164), <c>link</c> (an identity a source states). All by default.
    /// </summary>
    public List<string> MatchOn { get; set; } = [.. Keys];

    /// <summary>The country phone numbers in national form are read in when neither the record nor its connector names one.</summary>
    public string? DefaultRegion { get; set; }

    internal bool Uses(string key) => MatchOn.Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var key in MatchOn.Where(k => !Keys.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"'{key}' is not an identity key; use any of {string.Join(", ", Keys)}", [nameof(MatchOn)]);
        }
    }
}

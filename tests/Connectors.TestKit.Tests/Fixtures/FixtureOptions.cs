using System.ComponentModel.DataAnnotations;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>Options of the fixture source: an API key the in-memory "server" checks, and a page size.</summary>
public sealed class FixtureOptions : IValidatableObject
{
    public const string GoodKey = "fixture-key-123";

    [Required(ErrorMessage = "is required")]
    public string ApiKey { get; set; } = "";

    [Range(1, 10, ErrorMessage = "must be between 1 and 10")]
    public int PageSize { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey.Contains(' ', StringComparison.Ordinal))
        {
            yield return new ValidationResult("must not contain spaces", [nameof(ApiKey)]);
        }
    }
}

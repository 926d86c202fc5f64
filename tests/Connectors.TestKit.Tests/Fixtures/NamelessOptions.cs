using System.ComponentModel.DataAnnotations;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>Options whose rule fails without naming the member, so the host cannot say where.</summary>
public sealed class NamelessOptions : IValidatableObject
{
    public string ApiKey { get; set; } = "";

    public int PageSize { get; set; } = 2;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey.Length == 0)
        {
            yield return new ValidationResult("the API key is missing");
        }
    }
}

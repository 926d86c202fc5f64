using System.ComponentModel.DataAnnotations;

namespace ContosoConnector;

/// <summary>Options of one connector instance, bound from its camelCase <c>options</c> JSON; every failure names its member.</summary>
public sealed class ContosoConnectorOptions : IValidatableObject
{
    /// <summary>The API's base address, such as <c>https://api.contoso.example</c>.</summary>
    [Required(ErrorMessage = "is required: the API's base address, such as \"https://api.contoso.example\"")]
    public Uri? Endpoint { get; set; }

    /// <summary>The API key; give it as <c>${env:NAME}</c>, never in the file.</summary>
    [Required(ErrorMessage = "is required: the API key, given as \"${{env:CONTOSO_API_KEY}}\"")]
    public string ApiKey { get; set; } = "";

    /// <summary>Records per page (and per batch).</summary>
    [Range(1, 500, ErrorMessage = "must be between 1 and 500")]
    public int PageSize { get; set; } = 100;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is not null && (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult($"must be an absolute http(s) URL; was \"{Endpoint.OriginalString}\"", [nameof(Endpoint)]);
        }
    }
}

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>A mutation's refusal: which input and why.</summary>
internal sealed class UserErrorDto
{
    public List<string>? Field { get; init; }

    public string? Message { get; init; }
}

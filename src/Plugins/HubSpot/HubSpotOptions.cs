using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Connectors.PluginSdk.Options;

namespace Connectors.Plugins.HubSpot;

/// <summary>Options of one <c>hubspot</c> sink instance, bound from the connector's camelCase <c>options</c> JSON.</summary>
public sealed partial class HubSpotOptions : IValidatableObject
{
    /// <summary>HubSpot's API base address.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.hubapi.com");

    /// <summary>A private app access token (<c>pat-...</c>); give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: a HubSpot private app access token (pat-...) with the crm.objects.contacts.read/write and crm.schemas.contacts.write scopes, given as \"${{env:NAME}}\"")]
    public string AccessToken { get; set; } = "";

    /// <summary>The API base address; the sandbox's URL in tests and demos. The token travels in every request: https unless it is this machine.</summary>
    [Required(ErrorMessage = "is required: HubSpot's API base address, \"https://api.hubapi.com\" unless you point at the sandbox")]
    [HttpEndpoint(Example = "https://api.hubapi.com")]
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>The account's limit per 10-second window: 100 (Free/Starter), 190 (Professional/Enterprise), 250 (with the limit increase). The answers' rate headers take over once seen.</summary>
    [Range(1, 250, ErrorMessage = "must be between 1 and 250 (HubSpot's 10-second limits are 100, 190, or 250 with the API limit increase)")]
    public int RequestsPerTenSeconds { get; set; } = 100;

    /// <summary>Items per push; HubSpot's batch endpoints take at most 100 inputs.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100 (HubSpot's largest batch)")]
    public int BatchSize { get; set; } = 100;

    /// <summary>The unique note property that holds each item's idempotency key; created on first use.</summary>
    [Required(ErrorMessage = "is required: the name of the unique note property that keys notes, such as \"connectors_key\"")]
    public string NotePropertyName { get; set; } = "connectors_key";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AccessToken.Length > 0 && (AccessToken.Trim() != AccessToken || AccessToken.Contains(' ', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("must be the token alone, without spaces or a \"Bearer \" prefix", [nameof(AccessToken)]);
        }

        if (!string.IsNullOrEmpty(NotePropertyName) && (!PropertyName().IsMatch(NotePropertyName) || NotePropertyName.StartsWith("hs_", StringComparison.Ordinal)))
        {
            yield return new ValidationResult(
                $"must be a HubSpot property name: lower-case letters, digits and underscores, starting with a letter and not with \"hs_\"; was \"{NotePropertyName}\"",
                [nameof(NotePropertyName)]);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,99}$")]
    private static partial Regex PropertyName();
}

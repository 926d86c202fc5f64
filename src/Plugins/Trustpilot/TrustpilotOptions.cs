using System.ComponentModel.DataAnnotations;
using Connectors.PluginSdk.Options;

namespace Connectors.Plugins.Trustpilot;

/// <summary>Options of one <c>trustpilot</c> connector instance (one business unit), bound from its camelCase <c>options</c> JSON.</summary>
public sealed class TrustpilotOptions : IValidatableObject
{
    /// <summary>The application's API key (Trustpilot Business &gt; Integrations &gt; API).</summary>
    [Required(ErrorMessage = "is required: the API key of your Trustpilot application (Integrations > Developers > API)")]
    public string ApiKey { get; set; } = "";

    /// <summary>The application's API secret; give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the API secret of your Trustpilot application, given as \"${{env:NAME}}\"")]
    public string ApiSecret { get; set; } = "";

    /// <summary>A business user's login for the password grant (with a refresh token); empty: the client-credentials grant.</summary>
    public string? Username { get; set; }

    /// <summary>That user's password; give it as <c>${env:NAME}</c>.</summary>
    public string? Password { get; set; }

    /// <summary>The business unit's id; when empty it is looked up by <see cref="Domain"/>.</summary>
    [RegularExpression("^[0-9a-fA-F]{24}$", ErrorMessage = "must be the 24 hex digits of a business unit id, such as \"5f0000000000000000000001\"")]
    public string? BusinessUnitId { get; set; }

    /// <summary>The shop's domain as on Trustpilot (<c>example.com</c>), to look the business unit up.</summary>
    public string? Domain { get; set; }

    /// <summary>Trustpilot's API; change it only for a test server.</summary>
    [HttpEndpoint(Example = "https://api.trustpilot.com/")]
    public Uri Endpoint { get; set; } = new("https://api.trustpilot.com/");

    /// <summary>Where the first run starts; <c>null</c>: <see cref="BackfillDays"/> before the first run.</summary>
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Days the first run reads back when <see cref="StartDate"/> is not set.</summary>
    [Range(1, 3650, ErrorMessage = "must be between 1 and 3650")]
    public int BackfillDays { get; set; } = 365;

    /// <summary>
    /// How far back each run reads again (reviews are filtered by creation time only): replies made in Trustpilot and
    /// edits to reviews younger than this are picked up on the next run.
    /// </summary>
    [Range(0, 365, ErrorMessage = "must be between 0 and 365 days")]
    public int LookbackDays { get; set; } = 30;

    /// <summary>Reviews per page (Trustpilot allows 1-100); each page is one batch.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100 (Trustpilot's perPage)")]
    public int PageSize { get; set; } = 100;

    /// <summary>Calls this host makes per five minutes with the API key (Trustpilot allows 833).</summary>
    [Range(1, 833, ErrorMessage = "must be between 1 and 833 (Trustpilot's limit per five minutes)")]
    public int CallsPerFiveMinutes { get; set; } = 800;

    /// <summary>Calls this host makes per hour with the API key (Trustpilot allows 10,000).</summary>
    [Range(1, 10_000, ErrorMessage = "must be between 1 and 10000 (Trustpilot's limit per hour)")]
    public int CallsPerHour { get; set; } = 9_600;

    /// <summary>
    /// The business user replies are posted as (<c>authorBusinessUserId</c>, 24 hex digits; Trustpilot's Business app
    /// shows it); needed to answer service reviews, not to read them.
    /// </summary>
    [RegularExpression("^[0-9a-fA-F]{24}$", ErrorMessage = "must be the 24 hex digits of a business user id, such as \"5f00000000000000000000aa\"")]
    public string? ReplyAsBusinessUserId { get; set; }

    /// <summary>The integration id product-review comments are posted with, if Trustpilot gave you one.</summary>
    public string? IntegrationId { get; set; }

    internal bool UsesPasswordGrant => !string.IsNullOrEmpty(Username);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(BusinessUnitId) && string.IsNullOrWhiteSpace(Domain))
        {
            yield return new ValidationResult("is required when businessUnitId is not given: the shop's domain as on Trustpilot, such as \"example.com\"", [nameof(Domain)]);
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("must be given together with username (the password grant) or both left out (the client-credentials grant)", [nameof(Password)]);
        }
    }
}

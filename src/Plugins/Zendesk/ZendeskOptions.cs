using System.ComponentModel.DataAnnotations;
using Connectors.Abstractions;
using Connectors.PluginSdk.Options;
using Connectors.Plugins.Zendesk.Mapping;
using Connectors.Plugins.Zendesk.Templates;

namespace Connectors.Plugins.Zendesk;

/// <summary>Options of one <c>zendesk</c> connector instance, bound from the connector's camelCase <c>options</c> JSON.</summary>
public sealed class ZendeskOptions : IValidatableObject
{
    /// <summary>The account's subdomain: <c>acme</c> for <c>https://acme.zendesk.com</c>. Required unless <see cref="Endpoint"/> is set.</summary>
    public string? Subdomain { get; set; }

    /// <summary>The email of the agent the API token belongs to.</summary>
    [Required(ErrorMessage = "is required: the email of the Zendesk agent the API token belongs to")]
    public string Email { get; set; } = "";

    /// <summary>An API token (Admin Center > Apps and integrations > Zendesk API); give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: a Zendesk API token, given as \"${{env:NAME}}\"")]
    public string ApiToken { get; set; } = "";

    /// <summary>Overrides <c>https://{subdomain}.zendesk.com</c>, for example to point at the sandbox on <c>http://127.0.0.1:port</c>.</summary>
    [HttpEndpoint(Example = "http://127.0.0.1:5080")]
    public Uri? Endpoint { get; set; }

    /// <summary>The share of the account's per-minute API limit this connector may use (Zendesk counts per account).</summary>
    [Range(1, 100_000, ErrorMessage = "must be between 1 and 100000 requests per minute")]
    public int RequestsPerMinute { get; set; } = 200;

    /// <summary>Items per push.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int BatchSize { get; set; } = 20;

    /// <summary>Liquid template of the ticket subject (one line; see the plugin README for the variables).</summary>
    public string SubjectTemplate { get; set; } = DefaultTemplates.Subject;

    /// <summary>Liquid template of the ticket's first comment and of the comments added for updates.</summary>
    public string BodyTemplate { get; set; } = DefaultTemplates.Body;

    /// <summary>The ticket priority when the route sets none: <c>low</c>, <c>normal</c>, <c>high</c> or <c>urgent</c>.</summary>
    public Priority DefaultPriority { get; set; } = Priority.Normal;

    /// <summary>Extra tags on every ticket, beside the channel and kind.</summary>
    public IList<string> Tags { get; set; } = [];

    /// <summary>
    /// Whether the comments the connector writes are public. Off by default: they are internal notes, so Zendesk's
    /// triggers do not email the customer the connector's text; agents answer publicly themselves.
    /// </summary>
    public bool PublicComments { get; set; }

    /// <summary>How long one request may take before it is abandoned and its item retried later.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The base address requests go to: <see cref="Endpoint"/> or <c>https://{subdomain}.zendesk.com</c>.</summary>
    public Uri BaseAddress => Endpoint ?? new Uri($"https://{Subdomain}.zendesk.com");

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is null && string.IsNullOrWhiteSpace(Subdomain))
        {
            yield return new ValidationResult("is required unless endpoint is set: the account's subdomain, such as \"acme\" for acme.zendesk.com", [nameof(Subdomain)]);
        }
        else if (!string.IsNullOrEmpty(Subdomain) && !ZendeskNames.IsSubdomain(Subdomain))
        {
            yield return new ValidationResult(
                $"must be the subdomain alone, such as \"acme\" for https://acme.zendesk.com (lower case, no scheme or dots); was \"{Subdomain}\"",
                [nameof(Subdomain)]);
        }

        if (!string.IsNullOrEmpty(Email) && !Email.Contains('@', StringComparison.Ordinal))
        {
            yield return new ValidationResult($"must be an email address; was \"{Email}\"", [nameof(Email)]);
        }

        if (!Enum.IsDefined(DefaultPriority))
        {
            yield return new ValidationResult($"must be one of low, normal, high, urgent; was {(int)DefaultPriority}", [nameof(DefaultPriority)]);
        }

        if (Tags.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("must not hold empty tags", [nameof(Tags)]);
        }

        if (RequestTimeout < TimeSpan.FromSeconds(1) || RequestTimeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult($"must be between 00:00:01 and 00:05:00; was \"{RequestTimeout}\"", [nameof(RequestTimeout)]);
        }

        foreach (var (member, template) in new[] { (nameof(SubjectTemplate), SubjectTemplate), (nameof(BodyTemplate), BodyTemplate) })
        {
            if (string.IsNullOrWhiteSpace(template))
            {
                yield return new ValidationResult("must not be empty", [member]);
            }
            else if (LiquidSyntax.Check(template) is { } error)
            {
                yield return new ValidationResult($"is not a valid Liquid template: {error}", [member]);
            }
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Connectors.Plugins.Webhook.Client;
using Connectors.Plugins.Webhook.Templates;
using Connectors.PluginSdk.Options;

namespace Connectors.Plugins.Webhook;

/// <summary>Options of one <c>webhook</c> sink instance, bound from the connector's camelCase <c>options</c> JSON.</summary>
public sealed class WebhookOptions : IValidatableObject
{
    /// <summary>The shortest secret accepted: an HMAC key anyone can guess protects nothing.</summary>
    public const int MinimumSecretLength = 16;

    private IDictionary<string, string> _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where every item is posted: an absolute http(s) URL. A Slack or Teams URL carries its own secret: give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the receiver's absolute http(s) URL, such as \"https://hooks.example.com/voc\"; give a Slack or Teams webhook URL as \"${{env:NAME}}\" (its path is a secret)")]
    // The value is never repeated in a message: a Slack or Teams URL is a secret, and messages reach the console.
    // Plain http is allowed: receivers on a private network are common, and the body is signed.
    [HttpEndpoint(Example = "https://hooks.example.com/voc", AllowHttp = true, AllowQuery = true, HideValue = true, Hint = "put credentials in headers or secret")]
    public Uri? Url { get; set; }

    /// <summary>
    /// The HMAC-SHA256 key every body is signed with (<c>X-Connectors-Signature</c>); give it as <c>${env:NAME}</c>.
    /// Without one, nothing is signed (Slack and Teams verify no signature: their URL is the secret).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>The body's shape when <see cref="BodyTemplate"/> is not set: <c>json</c>, <c>slack</c> or <c>teams</c>.</summary>
    public WebhookFormat Format { get; set; } = WebhookFormat.Json;

    /// <summary>A Liquid template that renders the body, which must be JSON; overrides <see cref="Format"/> (variables in the plugin README).</summary>
    public string? BodyTemplate { get; set; }

    /// <summary>Extra request headers, for example an <c>Authorization</c> the receiver wants (give its value as <c>${env:NAME}</c>).</summary>
    public IDictionary<string, string> Headers
    {
        get => _headers;

        // "headers": null in the configuration means none, not a missing dictionary to trip over later.
        set => _headers = value ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How many posts per minute this URL takes; the sink paces every item to it (Slack: about one per second).</summary>
    [Range(1, 6000, ErrorMessage = "must be between 1 and 6000 requests per minute (Slack takes about 60, Teams incoming webhooks 100 per hour)")]
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Items per push; each item is still its own POST.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100")]
    public int BatchSize { get; set; } = 10;

    /// <summary>How long one POST may take before it is abandoned and its item retried later.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Secret is not null && (Secret.Length < MinimumSecretLength || Secret.Trim().Length != Secret.Length))
        {
            yield return new ValidationResult(
                $"must be at least {MinimumSecretLength} characters without leading or trailing spaces, such as 32 random bytes in hex (openssl rand -hex 32), given as \"${{env:NAME}}\"",
                [nameof(Secret)]);
        }

        if (!Enum.IsDefined(Format))
        {
            yield return new ValidationResult($"must be one of json, slack, teams; was {(int)Format}", [nameof(Format)]);
        }

        foreach (var problem in RequestHeaders.Problems(Headers))
        {
            yield return new ValidationResult(problem, [nameof(Headers)]);
        }

        if (RequestTimeout < TimeSpan.FromSeconds(1) || RequestTimeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult($"must be between 00:00:01 and 00:05:00; was \"{RequestTimeout}\"", [nameof(RequestTimeout)]);
        }

        if (BodyTemplate is not null && BodyTemplateCheck.Problem(BodyTemplate) is { } templateProblem)
        {
            yield return new ValidationResult(templateProblem, [nameof(BodyTemplate)]);
        }
    }
}

using System.ComponentModel.DataAnnotations;

namespace Connectors.PluginSdk.Options;

/// <summary>
/// Validates a <see cref="Uri"/> option naming where requests go: an absolute http(s) URL without a query or
/// user:password, and https unless it points at this machine (the sandbox or a test server), because the
/// credentials travel with every request. <c>null</c> passes: add <see cref="RequiredAttribute"/> when it is required.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class HttpEndpointAttribute : ValidationAttribute
{
    /// <summary>An example shown in the message, such as <c>https://api.example.com</c>.</summary>
    public string Example { get; set; } = "https://api.example.com";

    /// <summary>Whether plain http is accepted for any host; only for URLs that carry no credential. Off by default.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>Whether a query string is accepted (some webhook receivers take their key there). Off by default.</summary>
    public bool AllowQuery { get; set; }

    /// <summary>Whether the message leaves the value out, for URLs that are themselves secrets (Slack and Teams webhooks).</summary>
    public bool HideValue { get; set; }

    /// <summary>Said after the message, such as where credentials go instead.</summary>
    public string? Hint { get; set; }

    /// <summary>Why <paramref name="endpoint"/> is refused, or <c>null</c> when it is fine.</summary>
    public string? Problem(Uri? endpoint)
    {
        if (endpoint is null)
        {
            return null;
        }

        var was = HideValue ? "" : $"; was \"{endpoint.OriginalString}\"";
        var hint = Hint is null ? "" : $"; {Hint}";
        // A fragment is never sent to a server: a base address with one is a typing slip, not a setting.
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https") || endpoint.UserInfo.Length > 0 || endpoint.Fragment.Length > 0 || (!AllowQuery && endpoint.Query.Length > 0))
        {
            var without = AllowQuery ? "a #fragment or user:password" : "a query, a #fragment or user:password";
            return $"must be an absolute http(s) URL without {without}, such as \"{Example}\"{(endpoint.IsAbsoluteUri && endpoint.UserInfo.Length > 0 ? "" : was)}{hint}";
        }

        return !AllowHttp && endpoint.Scheme == "http" && !endpoint.IsLoopback
            ? $"must use https unless it points at this machine (the sandbox or a test server), such as \"{Example}\"{was}{hint}"
            : null;
    }

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var problem = value switch
        {
            null => null,
            Uri uri => Problem(uri),
            string text when Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var parsed) => Problem(parsed),
            _ => $"must be a URL, such as \"{Example}\"",
        };
        return problem is null
            ? ValidationResult.Success
            : new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null);
    }
}

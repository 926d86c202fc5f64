using Connectors.Host.Configuration;

namespace Connectors.Host.Web;

/// <summary>Checks the <c>web</c> section: http(s) URLs, and an API key whenever the host listens beyond this machine.</summary>
public static class WebOptionsValidator
{
    /// <summary>The API key with its references resolved, or <c>null</c> when none is set.</summary>
    public static string? Validate(WebOptions web, SecretResolver secrets, List<ConfigError> errors)
    {
        var apiKey = web.ApiKey is null ? null : secrets.ResolveString(web.ApiKey, "$.web.apiKey", errors);
        foreach (var url in web.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add(new ConfigError("$.web.urls", $"'{url}' is not an http(s) URL such as \"http://127.0.0.1:5080\""));
            }
            else if (!uri.IsLoopback && string.IsNullOrEmpty(web.ApiKey))
            {
                errors.Add(new ConfigError("$.web.apiKey",
                    $"listening on {url} (beyond this machine) needs an API key; set \"apiKey\": \"${{env:CONNECTORS_API_KEY}}\" or listen on 127.0.0.1"));
            }
        }

        return apiKey;
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client;
using Connectors.Plugins.Trustpilot.Throttling;
using Connectors.PluginSdk.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Trustpilot.Auth;

/// <summary>
/// Business-user access tokens: the password grant (with a refresh token) or client credentials, cached for their
/// 100 hours; renewed with the refresh token when they run out or Trustpilot refuses one, else granted again. Never
/// refreshes more than it must: Trustpilot answers 429 to clients that refresh too often.
/// </summary>
internal sealed class TokenClient(HttpClient http, TrustpilotOptions options, CallBudget budget, TimeProvider time, ILogger logger)
{
    private const string TokenPath = "v1/oauth/oauth-business-users-for-applications/accesstoken";
    private const string RefreshPath = "v1/oauth/oauth-business-users-for-applications/refresh";

    private readonly Lock _gate = new();
    private CachedToken? _token;
    private Task<CachedToken>? _fetching;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        Task<CachedToken> fetching;
        lock (_gate)
        {
            if (_token is { } cached && cached.IsFresh(time.GetUtcNow()))
            {
                return cached.Value;
            }

            // Concurrent streams wait for one fetch instead of each asking for a token.
            if (_fetching is null || _fetching.IsCompleted)
            {
                _fetching = FetchAndKeepAsync(_token);
            }

            fetching = _fetching;
        }

        return (await fetching.WaitAsync(cancellationToken)).Value;
    }

    /// <summary>Trustpilot refused <paramref name="token"/>: the next call renews it (its refresh token is kept).</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (_token?.Value == token)
            {
                _token = _token with { ExpiresAt = DateTimeOffset.MinValue };
            }
        }
    }

    private async Task<CachedToken> FetchAndKeepAsync(CachedToken? previous)
    {
        // Not tied to one caller's token: another caller may be waiting for the same fetch (the HTTP timeout bounds it).
        CachedToken? token = null;
        if (previous?.RefreshToken is { } refresh)
        {
            token = await RequestAsync(RefreshPath, [new("grant_type", "refresh_token"), new("refresh_token", refresh)], refreshing: true, CancellationToken.None);
        }

        token ??= await RequestAsync(TokenPath, Grant(), refreshing: false, CancellationToken.None)
            ?? throw new TrustpilotApiException($"Trustpilot's token endpoint at {options.Endpoint} gave no access token");
        lock (_gate)
        {
            _token = token;
        }

        return token;
    }

    private KeyValuePair<string, string>[] Grant() => options.UsesPasswordGrant
        ? [new("grant_type", "password"), new("username", options.Username!), new("password", options.Password!)]
        : [new("grant_type", "client_credentials")];

    /// <summary>The token, or null when a refresh token was refused (the caller grants again).</summary>
    private async Task<CachedToken?> RequestAsync(string path, KeyValuePair<string, string>[] form, bool refreshing, CancellationToken cancellationToken)
    {
        var throttled = 0;
        for (var attempt = 1; ; attempt++)
        {
            await budget.TakeAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Endpoint, path)) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.ApiKey + ":" + options.ApiSecret)));
            // Retried and paced here: the host must not multiply the attempts.
            request.Options.Set(HostHttp.OwnRetries, true);
            string failure;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && Parse(body) is { } token)
                {
                    budget.Succeeded();
                    return token;
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++throttled < RetryPolicy.ThrottledAttempts)
                {
                    budget.Throttle(RetryAfterHeader.Read(response.Headers, time.GetUtcNow()));
                    attempt--;
                    continue;
                }

                if (refreshing && response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
                {
                    logger.LogInformation("Trustpilot refused the refresh token ({Reason}); asking for a new grant", ErrorText.Read(body));
                    return null;
                }

                if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    throw new TrustpilotApiException(
                        $"Trustpilot's token endpoint at {options.Endpoint} refused the credentials ({ErrorText.Read(body)}); check apiKey and apiSecret " +
                        "of the application (Trustpilot Business > Integrations > Developers) and, for the password grant, username and password of a business user",
                        response.StatusCode);
                }

                failure = response.IsSuccessStatusCode ? "the answer had no access_token" : $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception ex) when (TransientFailure.Describe(ex, cancellationToken) is { } why)
            {
                failure = why;
            }

            if (attempt >= RetryPolicy.TransientAttempts)
            {
                throw new TrustpilotApiException($"Trustpilot's token endpoint at {options.Endpoint} failed {attempt} times: {failure}");
            }

            logger.LogWarning("Trustpilot's token endpoint failed ({Reason}); retry {Attempt}", failure, attempt);
            await Task.Delay(RetryPolicy.Backoff(attempt), time, cancellationToken);
        }
    }

    private CachedToken? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("access_token", out var value) || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return new CachedToken(value.GetString()!, refresh, time.GetUtcNow().AddSeconds(Seconds(root)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Trustpilot sends expires_in as a string ("359999"); a number is read too.
    private static double Seconds(JsonElement root) =>
        !root.TryGetProperty("expires_in", out var e) ? 3600
        : e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var n) ? n
        : e.ValueKind == JsonValueKind.String && double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s
        : 3600;
}

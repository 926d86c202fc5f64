using System.Net;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.PluginSdk.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Auth;

/// <summary>
/// Login with Amazon: trades the seller's refresh token for one-hour access tokens, caches the token until a minute before
/// it expires, and takes a fresh one when Amazon says the current one has expired or was revoked (mid-run included).
/// </summary>
internal sealed class LwaClient(HttpClient http, AmazonOptions options, TimeProvider time, ILogger logger)
{
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

            // Concurrent streams wait for one fetch instead of each trading the refresh token.
            if (_fetching is null || _fetching.IsCompleted)
            {
                _fetching = FetchAndKeepAsync();
            }

            fetching = _fetching;
        }

        return (await fetching.WaitAsync(cancellationToken)).Value;
    }

    /// <summary>Forgets <paramref name="token"/> when it is the cached one, so the next call fetches another.</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (_token?.Value == token)
            {
                _token = null;
            }
        }
    }

    private async Task<CachedToken> FetchAndKeepAsync()
    {
        // Not tied to one caller's token: another caller may be waiting for the same fetch (the HTTP timeout bounds it).
        var token = await FetchAsync(CancellationToken.None);
        lock (_gate)
        {
            _token = token;
        }

        return token;
    }

    private async Task<CachedToken> FetchAsync(CancellationToken cancellationToken)
    {
        var throttled = 0;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.TokenUrl)
            {
                Content = new FormUrlEncodedContent(
                [
                    new("grant_type", "refresh_token"),
                    new("refresh_token", options.RefreshToken),
                    new("client_id", options.ClientId),
                    new("client_secret", options.ClientSecret),
                ]),
            };
            // Retried here (LWA's 429s waited out, failures backed off): the host must not multiply the attempts.
            request.Options.Set(HostHttp.OwnRetries, true);
            string? failure;
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && Parse(body) is { } token)
                {
                    return token;
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++throttled < RetryPolicy.ThrottledAttempts)
                {
                    // LWA's own rate limit: waited out like a usage plan, not counted as a failure.
                    attempt--;
                    await Task.Delay(RetryAfterHeader.Read(response.Headers, time.GetUtcNow()) ?? TimeSpan.FromSeconds(1), time, cancellationToken);
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    var (code, text) = ErrorBody.Read(body);
                    throw new AmazonApiException(
                        $"Login with Amazon at {options.TokenUrl} refused the credentials ({text}); check clientId and clientSecret of the " +
                        "SP-API application and that refreshToken is the seller's current authorisation (Seller Central > Apps > Manage your apps)",
                        response.StatusCode, code);
                }

                failure = response.IsSuccessStatusCode ? "the answer had no access_token" : $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception ex) when (TransientFailure.Describe(ex, cancellationToken) is { } why)
            {
                failure = why;
            }

            if (attempt >= RetryPolicy.TransientAttempts)
            {
                throw new AmazonApiException($"Login with Amazon at {options.TokenUrl} failed {attempt} times: {failure}");
            }

            logger.LogWarning("Login with Amazon failed ({Reason}); retry {Attempt}", failure, attempt);
            await Task.Delay(RetryPolicy.Backoff(attempt), time, cancellationToken);
        }
    }

    private CachedToken? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (!root.TryGetProperty("access_token", out var value) || value.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var seconds = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
            return new CachedToken(value.GetString()!, time.GetUtcNow().AddSeconds(seconds));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Auth;
using Connectors.Plugins.Trustpilot.Throttling;
using Connectors.PluginSdk.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>
/// Sends Trustpilot calls (reads, and the replies' posts) on the host's HTTP client: each waits for the API key's shared budget, carries a bearer
/// token (private API) or the <c>apikey</c> header (public API), and is sent again after a 429 (after the wait asked
/// for), after a refused token (once, with a renewed one), and after 5xx, timeouts and unreadable bodies (with
/// backoff). Anything else throws <see cref="TrustpilotApiException"/>.
/// </summary>
internal sealed class TrustpilotClient(HttpClient http, TrustpilotOptions options, TokenClient tokens, CallBudget budget, TimeProvider time, ILogger logger)
{
    /// <summary>Sends a GET and returns its JSON answer.</summary>
    public async Task<JsonDocument> GetAsync(string pathAndQuery, bool publicApi, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, pathAndQuery, null, publicApi, cancellationToken)
        ?? throw new TrustpilotApiException($"{pathAndQuery} answered an empty body where Trustpilot sends JSON");

    /// <summary>
    /// Sends a call of the private API with a JSON body (a reply, a comment) and returns its JSON answer, or <c>null</c>
    /// when the answer has no body (201/204).
    /// </summary>
    public Task<JsonDocument?> SendAsync(HttpMethod method, string path, string? jsonBody, CancellationToken cancellationToken) =>
        SendAsync(method, path, jsonBody, publicApi: false, cancellationToken);

    private async Task<JsonDocument?> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, bool publicApi, CancellationToken cancellationToken)
    {
        var url = new Uri(options.Endpoint, pathAndQuery);
        var transient = 0;
        var throttled = 0;
        var renewed = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = publicApi ? null : await tokens.GetAsync(cancellationToken);
            await budget.TakeAsync(cancellationToken);
            string failure;
            try
            {
                using var request = new HttpRequestMessage(method, url);
                if (jsonBody is not null)
                {
                    request.Content = new StringContent(jsonBody, System.Text.Encoding.UTF8, "application/json");
                }

                // Retried here, after the budget's next token: a host retry would spend calls the quota does not have.
                request.Options.Set(HostHttp.OwnRetries, true);
                if (token is null)
                {
                    request.Headers.TryAddWithoutValidation("apikey", options.ApiKey);
                }
                else
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var response = await http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && text.Length == 0)
                {
                    budget.Succeeded();
                    return null;
                }

                if (response.IsSuccessStatusCode)
                {
                    try
                    {
                        var doc = JsonDocument.Parse(text);
                        budget.Succeeded();
                        return doc;
                    }
                    catch (JsonException ex)
                    {
                        failure = $"the body was malformed or truncated: {ex.Message}";
                    }
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    budget.Throttle(RetryAfterHeader.Read(response.Headers, time.GetUtcNow()));
                    if (++throttled >= RetryPolicy.ThrottledAttempts)
                    {
                        throw new TrustpilotApiException(
                            $"{url.AbsolutePath} was still refused with 429 after {throttled} waits; another application or host may be using the API key's quota",
                            response.StatusCode);
                    }

                    logger.LogDebug("{Path} answered 429; waiting for the quota", url.AbsolutePath);
                    continue;
                }
                else if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !renewed)
                {
                    // Expired or revoked mid-run: a renewed token, once; a second refusal is a real one.
                    renewed = true;
                    tokens.Invalidate(token);
                    logger.LogInformation("{Path}: the access token was refused ({Reason}); renewing it", url.AbsolutePath, ErrorText.Read(text));
                    continue;
                }
                else if ((int)response.StatusCode >= 500)
                {
                    failure = $"HTTP {(int)response.StatusCode}";
                }
                else
                {
                    throw Refused(url, response.StatusCode, text);
                }
            }
            catch (Exception ex) when (TransientFailure.Describe(ex, cancellationToken) is { } why)
            {
                failure = why;
            }

            if (++transient >= RetryPolicy.TransientAttempts)
            {
                throw new TrustpilotApiException($"{url.AbsolutePath} failed {transient} times: {failure}");
            }

            var backoff = RetryPolicy.Backoff(transient);
            logger.LogWarning("{Path} failed ({Reason}); retry {Attempt} in {Backoff}", url.AbsolutePath, failure, transient, backoff);
            await Task.Delay(backoff, time, cancellationToken);
        }
    }

    private static TrustpilotApiException Refused(Uri url, HttpStatusCode status, string body)
    {
        var hint = status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "; check apiKey, apiSecret and that the business user may read the business unit's reviews",
            HttpStatusCode.NotFound => "; check businessUnitId (or domain)",
            HttpStatusCode.BadRequest => "; check the options' dates and page size",
            _ => "",
        };
        return new TrustpilotApiException($"{url.AbsolutePath} was refused with HTTP {(int)status}: {ErrorText.Read(body)}{hint}", status);
    }
}

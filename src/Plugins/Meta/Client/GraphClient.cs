using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.PluginSdk.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Meta.Client;

/// <summary>
/// Graph calls on the host's HTTP client with the bearer token and its <c>appsecret_proof</c>. Throttling (Meta's rate
/// codes or 429) and errors Graph calls transient are retried with backoff; reads are also retried after timeouts,
/// dropped connections and unreadable bodies. A send whose fate is unknown (a timeout, a non-Graph 5xx) is not sent
/// again here: it throws, and the reply's retry looks in the history first. Anything else throws <see cref="GraphApiException"/>.
/// </summary>
internal sealed class GraphClient(HttpClient http, MetaOptions options, TimeProvider time, ILogger logger)
{
    // "…/graph" and "…/graph/" name the same base: without the slash, the version would replace its last segment.
    private readonly Uri _base = new(new Uri(options.GraphEndpoint.AbsoluteUri.TrimEnd('/') + "/"), options.ApiVersion + "/");
    private readonly string _proof = Proof(options.AppSecret, options.AccessToken);

    /// <summary>GETs a path under the versioned base (<c>{id}?fields=…</c>) or a <c>paging.next</c> link Graph gave.</summary>
    public Task<JsonDocument> GetAsync(string pathOrLink, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, Resolve(pathOrLink), null, cancellationToken);

    /// <summary>POSTs a JSON body (a send) to a path under the versioned base.</summary>
    public Task<JsonDocument> PostAsync(string path, string jsonBody, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, Resolve(path), jsonBody, cancellationToken);

    private async Task<JsonDocument> SendAsync(HttpMethod method, Uri url, string? jsonBody, CancellationToken cancellationToken)
    {
        var read = method == HttpMethod.Get;
        var transient = 0;
        var throttled = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string failure;
            TimeSpan? wait = null;
            try
            {
                using var request = new HttpRequestMessage(method, WithProof(url));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                if (jsonBody is not null)
                {
                    request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
                }

                // Retried here with Graph's own signals: a host retry of a send could post it twice.
                request.Options.Set(HostHttp.OwnRetries, true);
                using var response = await http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                var error = response.IsSuccessStatusCode ? null : GraphError.Read(text);
                if (response.IsSuccessStatusCode)
                {
                    try
                    {
                        return JsonDocument.Parse(text);
                    }
                    catch (JsonException ex) when (read)
                    {
                        failure = $"the body was malformed or truncated: {ex.Message}";
                    }
                    catch (JsonException ex)
                    {
                        throw new GraphApiException($"{url.AbsolutePath} was accepted but its answer was unreadable ({ex.Message}); the send may have gone out", response.StatusCode);
                    }
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests || error?.Throttled == true)
                {
                    if (++throttled >= RetryPolicy.ThrottledAttempts)
                    {
                        throw new GraphApiException($"{url.AbsolutePath} was still throttled after {throttled} waits: {error?.ToString() ?? "HTTP 429"}", response.StatusCode, error);
                    }

                    wait = RetryAfterHeader.Read(response.Headers, time.GetUtcNow()) ?? RetryPolicy.Backoff(throttled + 1);
                    logger.LogInformation("{Path} was throttled ({Reason}); waiting {Wait}", url.AbsolutePath, error?.ToString() ?? "HTTP 429", wait);
                    await Task.Delay(wait.Value, time, cancellationToken);
                    continue;
                }
                else if (error?.Retryable == true || (read && (int)response.StatusCode >= 500))
                {
                    failure = error?.ToString() ?? $"HTTP {(int)response.StatusCode}";
                }
                else
                {
                    throw Refused(url, response.StatusCode, error, text);
                }
            }
            catch (Exception ex) when (read && TransientFailure.Describe(ex, cancellationToken) is { } why)
            {
                failure = why;
            }

            if (++transient >= RetryPolicy.TransientAttempts)
            {
                throw new GraphApiException($"{url.AbsolutePath} failed {transient} times: {failure}");
            }

            var backoff = RetryPolicy.Backoff(transient);
            logger.LogWarning("{Path} failed ({Reason}); retry {Attempt} in {Backoff}", url.AbsolutePath, failure, transient, backoff);
            await Task.Delay(backoff, time, cancellationToken);
        }
    }

    private Uri Resolve(string pathOrLink)
    {
        if (!Uri.TryCreate(pathOrLink, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
        {
            return new Uri(_base, pathOrLink);
        }

        // The token goes with every call: follow only links back to the configured Graph host.
        return Uri.Compare(link, _base, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? link
            : throw new GraphApiException($"Graph's paging link points at {link.Host}, not the configured graphEndpoint {_base.Host}; it was not followed");
    }

    private Uri WithProof(Uri url)
    {
        var query = url.Query.TrimStart('?');
        if (query.Contains("appsecret_proof=", StringComparison.Ordinal))
        {
            return url;
        }

        var builder = new UriBuilder(url) { Query = (query.Length == 0 ? "" : query + "&") + "appsecret_proof=" + _proof };
        return builder.Uri;
    }

    private static string Proof(string appSecret, string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(token)));

    private static GraphApiException Refused(Uri url, HttpStatusCode status, GraphError? error, string body)
    {
        var hint = error?.Code switch
        {
            190 => "; check accessToken (expired or revoked: create a new system user token)",
            10 or 200 => "; check the token's permissions (pages_messaging, instagram_manage_messages or whatsapp_business_messaging)",
            100 when error.Subcode == 33 => "; check the connector's ids (pageId, instagramAccountId or phoneNumberId)",
            _ => "",
        };
        var what = error?.ToString() ?? (body.Length > 200 ? body[..200] + "…" : body);
        return new GraphApiException($"{url.AbsolutePath} was refused with HTTP {(int)status}: {what}{hint}", status, error);
    }
}

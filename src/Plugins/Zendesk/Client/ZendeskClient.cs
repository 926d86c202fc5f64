using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Pacing;
using Connectors.PluginSdk.Http;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>
/// Sends one request to Zendesk: paced by the account's shared budget, API token auth, a timeout, the rate headers
/// learned, and the answer judged: 2xx (and 404, which callers decide on) come back; everything else becomes a
/// <see cref="ZendeskException"/> saying whether to retry or to give up.
/// </summary>
internal sealed class ZendeskClient(HttpClient http, ZendeskOptions options, RequestBudget budget, TimeProvider time)
{
    /// <summary>
    /// What an answer says about the account's budget: <c>ratelimit-limit</c> / <c>ratelimit-remaining</c> /
    /// <c>ratelimit-reset</c> on ticketing endpoints, <c>X-Rate-Limit</c> / <c>X-Rate-Limit-Remaining</c> on every endpoint.
    /// </summary>
    private static readonly RateLimitHeaderNames RateNames = new()
    {
        Limit = ["ratelimit-limit", "X-Rate-Limit"],
        Remaining = ["ratelimit-remaining", "X-Rate-Limit-Remaining"],
        ResetSeconds = ["ratelimit-reset"],
    };

    // Waits up to this long happen inside a push (Zendesk's window is a minute); a longer one hands the items back
    // to the outbox, whose attempts are too few to spend on every 429.
    private static readonly TimeSpan MaxInlineWait = TimeSpan.FromMinutes(1);
    private const int MaxAttempts = 4;

    // With a trailing slash, so an endpoint with a path prefix keeps it when request paths are resolved against it.
    private readonly Uri _base = new(options.BaseAddress.ToString().TrimEnd('/') + "/");

    private readonly AuthenticationHeaderValue _auth = new(
        "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Email}/token:{options.ApiToken}")));

    /// <summary>
    /// Sends a request, retrying passing failures a few times with short waits. A 429 is always sent again (Zendesk
    /// did nothing); other failures only for requests that cannot apply twice: reads, upserts, and creations with an
    /// <c>Idempotency-Key</c>. An update (a comment) is left to the next push, which first looks whether it landed.
    /// </summary>
    public async Task<ZendeskResponse> SendAsync(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken ct)
    {
        var repeatable = method != HttpMethod.Put;
        var json = body is null ? null : JsonSerializer.Serialize(body, ZendeskJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, path, json, idempotencyKey, ct);
            }
            catch (ZendeskException failure) when (failure.Outcome == SinkOutcome.Retry && !failure.Later && attempt < MaxAttempts && (repeatable || failure.Throttled))
            {
                var wait = failure.RetryAfter ?? TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
                if (wait > MaxInlineWait)
                {
                    throw;
                }

                // After a 429 the shared budget holds every caller back until Retry-After; other failures wait here.
                if (!failure.Throttled)
                {
                    await Task.Delay(wait, time, ct);
                }
            }
        }
    }

    private async Task<ZendeskResponse> SendOnceAsync(HttpMethod method, string path, string? json, string? idempotencyKey, CancellationToken ct)
    {
        if (await budget.AcquireAsync(MaxInlineWait, ct) is { } blocked)
        {
            throw ZendeskException.Retry($"the Zendesk API budget is spent for now; next request in {blocked.TotalSeconds:0.#} s", blocked);
        }

        using var request = new HttpRequestMessage(method, new Uri(_base, path));
        // This client retries with its own backoff and the account's shared budget: the host must not multiply it.
        request.Options.Set(HostHttp.OwnRetries, true);
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        // Wall-clock timeout: it bounds real I/O, whatever clock paces the requests.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await http.SendAsync(request, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw ZendeskException.Retry($"{method} {path} timed out after {options.RequestTimeout.TotalSeconds:0} s", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw ZendeskException.Retry($"{method} {path} could not reach {options.BaseAddress.Host}: {ex.Message}", inner: ex);
        }

        using (response)
        {
            if (RateLimitHeaders.Read(response.Headers, RateNames) is { } rate && (rate.Limit is not null || rate.Remaining is not null))
            {
                budget.Report(rate.Limit, rate.Remaining, rate.Reset);
            }

            return Judge(method, path, (int)response.StatusCode, text, response.Headers);
        }
    }

    private ZendeskResponse Judge(HttpMethod method, string path, int status, string text, HttpResponseHeaders headers)
    {
        var retryAfter = RetryAfterHeader.Read(headers, time.GetUtcNow());
        switch (status)
        {
            case >= 200 and < 300:
            case 404:
                return new ZendeskResponse(status, Parse(method, path, status, text));
            case 429:
                // Without Retry-After a whole minute is the safe guess: the per-minute window has surely turned by then.
                var wait = retryAfter ?? TimeSpan.FromMinutes(1);
                budget.Throttled(wait);
                throw ZendeskException.Throttle($"Zendesk rate limit: {ZendeskErrorText.From(status, text)}", wait);
            case 401:
                throw ZendeskException.Failed(
                    $"Zendesk refused the credentials (401 {ZendeskErrorText.From(status, text)}): check the connector's email and apiToken " +
                    "(the token must be active under Admin Center > Apps and integrations > Zendesk API, and email must be the agent it belongs to)");
            case 403:
                throw ZendeskException.Failed(
                    $"Zendesk forbade {method} {path} ({ZendeskErrorText.From(status, text)}): the agent of email/apiToken lacks the permission; " +
                    "use an admin's or a suitably permitted agent's token");
            case 409:
                throw ZendeskException.Retry($"Zendesk reported a conflicting concurrent change: {ZendeskErrorText.From(status, text)}", retryAfter);
            case 400 when ZendeskErrorText.Code(text) == "IdempotentRequestError":
                // The key was used with another body (the record changed since a try whose answer was lost); the next
                // try finds that ticket by external id and adds the new text to it.
                throw ZendeskException.RetryLater($"Zendesk refused a repeated Idempotency-Key: {ZendeskErrorText.From(status, text)}");
            case >= 500 or 408:
                throw ZendeskException.Retry($"Zendesk failed {method} {path}: {ZendeskErrorText.From(status, text)}", retryAfter);
            default:
                throw ZendeskException.Failed($"Zendesk rejected {method} {path}: {ZendeskErrorText.From(status, text)}");
        }
    }

    private static JsonElement Parse(HttpMethod method, string path, int status, string text)
    {
        try
        {
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException ex)
        {
            // A cut or garbled answer after the work may have been done: retrying is safe, the next try finds the ticket.
            throw ZendeskException.Retry($"Zendesk answered {method} {path} with {status} but an unreadable body", inner: ex);
        }
    }
}

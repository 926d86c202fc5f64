using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Auth;
using Connectors.Plugins.Amazon.Throttling;
using Connectors.PluginSdk.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Client;

/// <summary>
/// Sends SP-API calls on the host's HTTP client: each waits for a token of its operation's shared usage plan, carries an
/// LWA access token (or a Restricted Data Token), and is sent again after a 429 (when the quota allows), after an
/// expired or revoked token (once, with a fresh one), and after 5xx, timeouts and unreadable bodies (with backoff).
/// Anything else throws <see cref="AmazonApiException"/>.
/// </summary>
internal sealed class SpApiClient
{
    private readonly HttpClient _http;
    private readonly AmazonOptions _options;
    private readonly LwaClient _lwa;
    private readonly Func<string, RateBudget> _budgets;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SpApiClient(HttpClient http, AmazonOptions options, LwaClient lwa, Func<string, RateBudget> budgets, TimeProvider time, ILogger logger)
    {
        _http = http;
        _options = options;
        _lwa = lwa;
        _budgets = budgets;
        _time = time;
        _logger = logger;
        Restricted = new RestrictedTokens(this, time);
    }

    public RestrictedTokens Restricted { get; }

    /// <summary>Sends the call and returns its JSON answer (null for 204 No Content).</summary>
    public async Task<JsonDocument?> SendAsync(SpRequest call, CancellationToken cancellationToken)
    {
        var budget = _budgets(call.Operation);
        var url = new Uri(RegionEndpoint.For(call.Region, _options.Endpoint), call.PathAndQuery);
        var transient = 0;
        var throttled = 0;
        var refreshed = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await budget.TakeAsync(cancellationToken);
            var token = call.Restricted is { } resource
                ? await Restricted.GetAsync(call.Region, resource, cancellationToken)
                : await _lwa.GetAsync(cancellationToken);
            string? failure;
            try
            {
                using var request = new HttpRequestMessage(call.Method, url);
                // Retried here, after the usage plan's next token: a host retry would spend tokens the plan does not have.
                request.Options.Set(HostHttp.OwnRetries, true);
                request.Headers.TryAddWithoutValidation("x-amz-access-token", token);
                request.Headers.TryAddWithoutValidation("x-amz-date", _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
                request.Headers.TryAddWithoutValidation("user-agent", "Connectors/1.0 (Language=C#)");
                if (call.JsonBody is { } body)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                using var response = await _http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (RateLimitHeader.Read(response) is { } rate)
                {
                    budget.Learn(rate);
                }

                if (response.IsSuccessStatusCode)
                {
                    if (response.StatusCode == HttpStatusCode.NoContent || text.Length == 0)
                    {
                        return null;
                    }

                    try
                    {
                        return JsonDocument.Parse(text);
                    }
                    catch (JsonException ex)
                    {
                        failure = $"the body was malformed or truncated: {ex.Message}";
                    }
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    budget.Throttle();
                    if (++throttled >= RetryPolicy.ThrottledAttempts)
                    {
                        throw new AmazonApiException(
                            $"{call.Operation} was still refused with 429 QuotaExceeded after {throttled} waits; another application or host may be using the seller's quota",
                            response.StatusCode, "QuotaExceeded");
                    }

                    _logger.LogDebug("{Operation} answered 429 QuotaExceeded; waiting for the usage plan ({Rate}/s)", call.Operation, budget.Rate);
                    continue;
                }
                else if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized && !refreshed && IsTokenProblem(text))
                {
                    // Expired or revoked mid-run: a fresh token, once; a second refusal is a real one.
                    refreshed = true;
                    if (call.Restricted is { } r)
                    {
                        Restricted.Invalidate(call.Region, r);
                    }
                    else
                    {
                        _lwa.Invalidate(token);
                    }

                    _logger.LogInformation("{Operation}: the access token was refused ({Details}); fetching a fresh one", call.Operation, ErrorBody.Details(text));
                    continue;
                }
                else if ((int)response.StatusCode >= 500)
                {
                    failure = $"HTTP {(int)response.StatusCode}";
                }
                else
                {
                    throw Refused(call, response.StatusCode, text);
                }
            }
            catch (Exception ex) when (TransientFailure.Describe(ex, cancellationToken) is { } why)
            {
                failure = why;
            }

            if (++transient >= RetryPolicy.TransientAttempts)
            {
                throw new AmazonApiException($"{call.Operation} to {url.GetLeftPart(UriPartial.Path)} failed {transient} times: {failure}");
            }

            var backoff = RetryPolicy.Backoff(transient);
            _logger.LogWarning("{Operation} failed ({Reason}); retry {Attempt} in {Backoff}", call.Operation, failure, transient, backoff);
            await Task.Delay(backoff, _time, cancellationToken);
        }
    }

    private static bool IsTokenProblem(string body) => ErrorBody.Read(body).Code is "Unauthorized" or "InvalidAccessToken" or "AccessDenied" or null;

    private static AmazonApiException Refused(SpRequest call, HttpStatusCode status, string body)
    {
        var (code, text) = ErrorBody.Read(body);
        var hint = status switch
        {
            HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized =>
                "; the seller's authorisation may lack the role this operation needs, or a marketplace is not the seller's (re-authorise the application in Seller Central)",
            HttpStatusCode.BadRequest => "; check marketplaces and dates in the options",
            _ => "",
        };
        return new AmazonApiException($"{call.Operation} ({call.Region.ToUpperInvariant()}) was refused with HTTP {(int)status}: {text}{hint}", status, code);
    }
}

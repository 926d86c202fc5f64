using Connectors.PluginSdk.Http;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Connectors.Plugins.Shopify.Client.Models;
using Connectors.Plugins.Shopify.Throttling;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>
/// Sends GraphQL documents to <c>{endpoint}/admin/api/{version}/graphql.json</c>, paced by the shop's shared
/// <see cref="ThrottleBudget"/>. Throttled answers (200 with <c>THROTTLED</c>, or 429) are waited out and sent again;
/// 5xx, timeouts and truncated bodies are retried with backoff; anything else throws <see cref="ShopifyApiException"/>.
/// </summary>
internal sealed class ShopifyGraphQLClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _http;
    private readonly ShopifyOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ShopifyGraphQLClient(HttpClient http, ShopifyOptions options, ThrottleBudget budget, TimeProvider time, ILogger logger)
    {
        _http = http;
        _options = options;
        Budget = budget;
        _time = time;
        _logger = logger;
        var baseAddress = options.BaseAddress.AbsoluteUri.TrimEnd('/') + "/";
        Endpoint = new Uri(new Uri(baseAddress), $"admin/api/{options.ApiVersion}/graphql.json");
    }

    /// <summary>The GraphQL endpoint of the configured shop and version.</summary>
    public Uri Endpoint { get; }

    /// <summary>The shop's shared budget.</summary>
    public ThrottleBudget Budget { get; }

    /// <summary>Sends <paramref name="operation"/> and returns its <c>data</c>.</summary>
    /// <param name="operation">The document.</param>
    /// <param name="writeVariables">Writes the members of <c>variables</c>, or <c>null</c> for none.</param>
    /// <param name="costKey">The key the query's cost is learned under (the operation and anything that changes its cost).</param>
    /// <param name="type">The answer's serialisation contract.</param>
    /// <param name="cancellationToken">Stops waiting and sending.</param>
    public async Task<T> SendAsync<T>(
        ShopifyOperation operation,
        Action<Utf8JsonWriter>? writeVariables,
        string costKey,
        JsonTypeInfo<GraphQLResponse<T>> type,
        CancellationToken cancellationToken)
        where T : class
    {
        var body = RequestBody.Write(operation.Text, writeVariables);
        var transient = 0;
        var throttled = 0;
        while (true)
        {
            await Budget.WaitAsync(Budget.EstimateCost(costKey), cancellationToken);
            var result = await AttemptAsync(operation, body, costKey, type, cancellationToken);
            if (result.Data is { } data)
            {
                return data;
            }

            if (result.Throttled)
            {
                if (++throttled >= RetryPolicy.ThrottledAttempts)
                {
                    throw new ShopifyApiException(
                        $"{operation.Name} to {_options.ShopDomain} was still throttled after {throttled} waits; another app or job may be using up the bucket",
                        HttpStatusCode.TooManyRequests, "THROTTLED");
                }

                // Waiting happens at the top of the loop from the reported bucket; a bare 429 gives only Retry-After.
                var wait = result.RetryAfter ?? (Budget.Available is null ? RetryPolicy.Backoff(Math.Min(throttled, 4)) : TimeSpan.Zero);
                _logger.LogDebug("{Operation} throttled by {Shop}; waiting {Wait} then sending the same page again", operation.Name, _options.ShopDomain, wait);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken);
                }

                continue;
            }

            var failure = result.Failure!;
            if (++transient >= RetryPolicy.TransientAttempts)
            {
                throw new ShopifyApiException(
                    $"{operation.Name} to {Endpoint} failed {transient} times: {failure.Reason}", null, null, failure.Cause);
            }

            var backoff = RetryPolicy.Backoff(transient);
            _logger.LogWarning("{Operation} to {Shop} failed ({Reason}); retry {Attempt} in {Backoff}",
                operation.Name, _options.ShopDomain, failure.Reason, transient, backoff);
            await Task.Delay(backoff, _time, cancellationToken);
        }
    }

    private async Task<AttemptResult<T>> AttemptAsync<T>(
        ShopifyOperation operation, byte[] body, string costKey, JsonTypeInfo<GraphQLResponse<T>> type, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("X-Shopify-Access-Token", _options.AccessToken);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return AttemptResult<T>.Retry($"the request failed: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptResult<T>.Retry("the request timed out", ex);
        }

        using (response)
        {
            if (ErrorFor(operation, response.StatusCode) is { } error)
            {
                throw error;
            }

            if ((int)response.StatusCode >= 500)
            {
                return AttemptResult<T>.Retry($"HTTP {(int)response.StatusCode}");
            }

            GraphQLResponse<T>? answer;
            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                answer = await JsonSerializer.DeserializeAsync(stream, type, cancellationToken);
            }
            catch (JsonException ex)
            {
                // A 429 may come without a JSON body; any other unreadable body is a truncated or garbled page.
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Budget.Drain();
                    return AttemptResult<T>.Throttle(RetryAfterHeader.Read(response.Headers, _time.GetUtcNow()));
                }

                return AttemptResult<T>.Retry($"the body was malformed or truncated: {ex.Message}", ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                return AttemptResult<T>.Retry($"the body was cut off: {ex.Message}", ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return AttemptResult<T>.Retry("reading the body timed out", ex);
            }

            return Interpret(operation, costKey, response, answer);
        }
    }

    private AttemptResult<T> Interpret<T>(ShopifyOperation operation, string costKey, HttpResponseMessage response, GraphQLResponse<T>? answer)
        where T : class
    {
        if (answer?.Extensions?.Cost is { } cost)
        {
            if (cost.RequestedQueryCost is { } requested)
            {
                Budget.LearnCost(costKey, requested);
            }

            if (cost.ThrottleStatus is { } status)
            {
                Budget.Report(status.CurrentlyAvailable, status.MaximumAvailable, status.RestoreRate);
            }
        }

        var errors = answer?.Errors ?? [];
        if (response.StatusCode == HttpStatusCode.TooManyRequests
            || errors.Exists(e => string.Equals(e.Extensions?.Code, "THROTTLED", StringComparison.OrdinalIgnoreCase)))
        {
            if (answer?.Extensions?.Cost?.ThrottleStatus is null)
            {
                Budget.Drain();
            }

            return AttemptResult<T>.Throttle(RetryAfterHeader.Read(response.Headers, _time.GetUtcNow()));
        }

        if (errors.Count > 0)
        {
            // Shopify answers schema and permission problems with 200 and errors: no retry can fix them.
            throw new ShopifyApiException(
                $"{operation.Name} was refused by {_options.ShopDomain} (API {_options.ApiVersion}): {string.Join("; ", errors.Select(e => e.Describe()))}",
                response.StatusCode, errors.Find(e => e.Extensions?.Code is not null)?.Extensions?.Code);
        }

        return answer?.Data is { } data
            ? AttemptResult<T>.Ok(data)
            : AttemptResult<T>.Retry("the answer had neither data nor errors");
    }

    private ShopifyApiException? ErrorFor(ShopifyOperation operation, HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => new ShopifyApiException(
            $"the access token was refused by {_options.ShopDomain} (HTTP 401); create an Admin API access token with read_customers " +
            "and read_orders scopes in the shop's app settings and set accessToken to it", status, "UNAUTHORIZED"),
        HttpStatusCode.Forbidden => new ShopifyApiException(
            $"{operation.Name} was forbidden by {_options.ShopDomain} (HTTP 403); the token lacks a scope (read_customers, read_orders) " +
            "or the app is not installed", status, "FORBIDDEN"),
        HttpStatusCode.NotFound => new ShopifyApiException(
            $"{Endpoint} was not found (HTTP 404); check shopDomain, endpoint and that API version {_options.ApiVersion} is still supported",
            status, "NOT_FOUND"),
        HttpStatusCode.PaymentRequired => new ShopifyApiException(
            $"{_options.ShopDomain} is frozen or unpaid (HTTP 402); the shop must settle its plan", status, "PAYMENT_REQUIRED"),
        HttpStatusCode.Locked => new ShopifyApiException(
            $"{_options.ShopDomain} is locked (HTTP 423)", status, "LOCKED"),
        _ when (int)status >= 400 && (int)status < 500 && status != HttpStatusCode.TooManyRequests
            && status != HttpStatusCode.RequestTimeout => new ShopifyApiException(
            $"{operation.Name} was refused by {_options.ShopDomain} with HTTP {(int)status}", status, null),
        _ => null,
    };
}

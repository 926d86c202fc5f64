using System.Net;
using System.Net.Http.Json;
#if (authOAuth)
using System.Net.Http.Headers;
#endif
using Connectors.Abstractions;

namespace ContosoConnector.Client;

#if (authApiKey)
/// <summary>A typed client on the host's HTTP client: the API key goes in a header, never in a URL or a log.</summary>
#elif (authOAuth)
/// <summary>A typed client on the host's HTTP client: each request carries a bearer token from <see cref="AccessTokens"/>, never logged.</summary>
#else
/// <summary>A typed client on the host's HTTP client; the API needs no credential.</summary>
#endif
internal sealed class ContosoConnectorClient(IConnectorContext context)
{
    private readonly ContosoConnectorOptions _options = context.GetOptions<ContosoConnectorOptions>();
#if (authOAuth)
    private readonly AccessTokens _tokens = new(context);
#endif

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
#if (authOAuth)
        var (token, refusal) = await _tokens.GetAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var response = await SendOnceAsync(method, path, body, token!, idempotencyKey, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        // The token may have been revoked or expired early: fetch a new one once, then the answer stands.
        response.Dispose();
        _tokens.Forget();
        (token, refusal) = await _tokens.GetAsync(cancellationToken);
        return refusal ?? await SendOnceAsync(method, path, body, token!, idempotencyKey, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string path, object? body, string token, string? idempotencyKey, CancellationToken cancellationToken)
    {
#endif
        using var request = new HttpRequestMessage(method, new Uri(_options.Endpoint!, path));
#if (authApiKey)
        request.Headers.Add("X-Api-Key", _options.ApiKey);
#elif (authOAuth)
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
#endif
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await context.HttpClient.SendAsync(request, cancellationToken);
    }

    public async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Get, "me", null, cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => null,
#if (authApiKey)
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "the API refused the key; set apiKey to a valid key, such as ${env:CONTOSO_API_KEY}",
#elif (authOAuth)
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "the API refused the client credentials or their token; check clientId and clientSecret",
#endif
                var status => $"the API answered {(int)status} {status} at {_options.Endpoint}me; check endpoint",
            };
        }
        catch (HttpRequestException ex)
        {
            return $"could not reach {_options.Endpoint} ({ex.Message}); check endpoint";
        }
    }
}

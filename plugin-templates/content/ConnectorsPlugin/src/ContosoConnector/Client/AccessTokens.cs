using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Connectors.Abstractions;

namespace ContosoConnector.Client;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 section 4.4): the client id and secret are exchanged at <c>oauth/token</c>
/// for a bearer token, kept until shortly before it expires (by the host's clock) and then fetched again. A refusal of
/// the token endpoint (a 401 for wrong credentials, a 429 with its Retry-After) is handed back as the answer, so the
/// connector treats it as it treats the API's own.
/// </summary>
internal sealed class AccessTokens(IConnectorContext context)
{
    // Fetch a new token this long before the old one expires, so no request goes out with a token about to die.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly ContosoConnectorOptions _options = context.GetOptions<ContosoConnectorOptions>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    /// <summary>A token to send, or the token endpoint's refusal (which the caller disposes).</summary>
    public async Task<(string? Token, HttpResponseMessage? Refusal)> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || context.TimeProvider.GetUtcNow() >= _expiresAt - Margin)
            {
                var (token, expiresAt, refusal) = await FetchAsync(cancellationToken);
                if (refusal is not null)
                {
                    return (null, refusal);
                }

                (_token, _expiresAt) = (token, expiresAt);
            }

            return (_token, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the token, after the API refused it.</summary>
    public void Forget() => _token = null;

    private async Task<(string? Token, DateTimeOffset ExpiresAt, HttpResponseMessage? Refusal)> FetchAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.Endpoint!, "oauth/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        // RFC 6749 section 2.3.1: client id and secret as HTTP Basic credentials.
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret)}")));
        var response = await context.HttpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, default, response);
        }

        using (response)
        {
            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return answer is { AccessToken.Length: > 0, ExpiresIn: > 0 }
                ? (answer.AccessToken, context.TimeProvider.GetUtcNow().AddSeconds(answer.ExpiresIn), null)
                : throw new HttpRequestException("the API's oauth/token answer had no access_token or expires_in");
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

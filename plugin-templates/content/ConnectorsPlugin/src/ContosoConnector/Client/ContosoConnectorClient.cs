using System.Net;
using System.Net.Http.Json;
using Connectors.Abstractions;

namespace ContosoConnector.Client;

/// <summary>A typed client on the host's HTTP client: the API key goes in a header, never in a URL or a log.</summary>
internal sealed class ContosoConnectorClient(IConnectorContext context)
{
    private readonly ContosoConnectorOptions _options = context.GetOptions<ContosoConnectorOptions>();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.Endpoint!, path));
        request.Headers.Add("X-Api-Key", _options.ApiKey);
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
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "the API refused the key; set apiKey to a valid key, such as ${env:CONTOSO_API_KEY}",
                var status => $"the API answered {(int)status} {status}; check endpoint",
            };
        }
        catch (HttpRequestException ex)
        {
            return $"could not reach {_options.Endpoint} ({ex.Message}); check endpoint";
        }
    }
}

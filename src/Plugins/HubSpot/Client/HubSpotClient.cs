using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Connectors.Plugins.HubSpot.Pacing;
using Connectors.PluginSdk.Http;

namespace Connectors.Plugins.HubSpot.Client;

/// <summary>
/// Sends one request to HubSpot's CRM v3 API with the bearer token, paced by the account's <see cref="RequestPacer"/>,
/// and classifies the answer. It never retries and never throws for HTTP trouble: what to do about a 429 or a 5xx
/// depends on which items the request carried, and the sink decides that per item.
/// </summary>
internal sealed class HubSpotClient
{
    /// <summary>How long one request may take before it counts as failed (and is retried later by the dispatcher).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly string _token;
    private readonly RequestPacer _pacer;
    private readonly TimeProvider _time;

    public HubSpotClient(HttpClient http, HubSpotOptions options, RequestPacer pacer, TimeProvider time)
    {
        _http = http;
        _base = new Uri(options.Endpoint.AbsoluteUri.TrimEnd('/') + "/");
        _token = options.AccessToken;
        _pacer = pacer;
        _time = time;
    }

    public RequestPacer Pacer => _pacer;

    public Task<HubSpotResponse> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<HubSpotResponse> PostAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, ct);

    public Task<HubSpotResponse> PatchAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Patch, path, body, ct);

    /// <summary>A search request: spaced for the search endpoints' own limit as well as paced in the window.</summary>
    public async Task<HubSpotResponse> SearchAsync(string objectType, JsonNode body, CancellationToken ct)
    {
        await _pacer.WaitForSearchAsync(ct);
        return await SendAsync(HttpMethod.Post, $"crm/v3/objects/{objectType}/search", body, ct);
    }

    private async Task<HubSpotResponse> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        await _pacer.WaitAsync(ct);
        HubSpotResponse? response = null;
        try
        {
            response = await ExchangeAsync(method, path, body, ct);
            return response;
        }
        finally
        {
            _pacer.Complete(response?.Rate, response?.DailyRemaining, response?.Policy);
        }
    }

    private async Task<HubSpotResponse> ExchangeAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(_base, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var timeout = new CancellationTokenSource(RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            var text = await answer.Content.ReadAsStringAsync(linked.Token);
            return HubSpotResponse.From((int)answer.StatusCode, text, RateLimitHeaders.Read(answer.Headers, HubSpotRateHeaders.Window), HubSpotRateHeaders.DailyRemaining(answer.Headers));
        }
        catch (HttpRequestException ex)
        {
            return HubSpotResponse.Failed($"the request to HubSpot failed: {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return HubSpotResponse.Failed($"HubSpot did not answer within {RequestTimeout.TotalSeconds:0} s");
        }
    }
}

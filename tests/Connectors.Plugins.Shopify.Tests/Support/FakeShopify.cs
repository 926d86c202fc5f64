using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>
/// A handler that serves canned Shopify-shaped answers: queued answers first (per operation name, or for any
/// request), then the fallback route. Every request is recorded with the fake time it arrived at.
/// </summary>
internal sealed class FakeShopify(FakeTimeProvider time) : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Func<RecordedRequest, HttpResponseMessage>>> _queued = new(StringComparer.Ordinal);

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answers what no queued answer covers; by default a 500 naming the request.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Fallback { get; set; } =
        r => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent($"no answer for {r.Operation ?? r.Uri.ToString()}") };

    public IEnumerable<RecordedRequest> Operations(string name) => Requests.Where(r => r.Operation == name);

    /// <summary>Queues an answer for the next request of <paramref name="key"/> (an operation name, a URL, or <c>*</c>).</summary>
    public FakeShopify Enqueue(string key, Func<RecordedRequest, HttpResponseMessage> answer)
    {
        lock (_gate)
        {
            if (!_queued.TryGetValue(key, out var queue))
            {
                _queued[key] = queue = new Queue<Func<RecordedRequest, HttpResponseMessage>>();
            }

            queue.Enqueue(answer);
        }

        return this;
    }

    public FakeShopify Enqueue(string key, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Enqueue(key, _ => ShopifyJson.Response(json, status));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body, time.GetUtcNow());
        Func<RecordedRequest, HttpResponseMessage>? answer;
        lock (_gate)
        {
            Requests.Add(recorded);
            answer = Take(recorded.Operation) ?? Take(request.RequestUri!.ToString()) ?? Take("*");
        }

        return (answer ?? Fallback)(recorded);
    }

    private Func<RecordedRequest, HttpResponseMessage>? Take(string? key) =>
        key is not null && _queued.TryGetValue(key, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    /// <summary>A body whose bytes stop partway, as a dropped connection leaves it.</summary>
    public static HttpResponseMessage Truncated(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json[..(json.Length / 2)], Encoding.UTF8, "application/json") };
}

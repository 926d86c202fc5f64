using Connectors.PluginSdk.Http;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Connectors.Plugins.Webhook.Client;

/// <summary>
/// Sends one request to the receiver: the body as given, its signature, the delivery headers and the configured extra
/// headers, within the request timeout. It never retries and never throws for HTTP trouble: the answer (or why there was
/// none) goes back to be judged per item. Messages name only the receiver's scheme, host and port, never its path.
/// </summary>
internal sealed class WebhookClient(HttpClient http, WebhookOptions options, TimeProvider time)
{
    /// <summary>How much of an answer's body is kept: enough for an error text and a JSON <c>id</c>.</summary>
    public const int MaxAnswerChars = 2000;

    private const int MaxAnswerBytes = 16 * 1024;
    private static readonly ProductInfoHeaderValue UserAgent = new("Connectors-Webhook", "1.0");

    private readonly Uri _url = options.Url ?? throw new ArgumentException("the url option is required", nameof(options));

    /// <summary><c>scheme://host:port</c>: a Slack or Teams URL's path is a secret, and these messages reach logs and dead letters.</summary>
    public string Where => _url.GetLeftPart(UriPartial.Authority);

    /// <summary>POSTs one delivery signed at <paramref name="sentAt"/>.</summary>
    public async Task<WebhookAnswer> PostAsync(string deliveryKey, string kind, byte[] body, DateTimeOffset sentAt, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var timestamp = sentAt.ToUnixTimeSeconds();
        foreach (var (name, value) in options.Headers)
        {
            // Content-* headers (Content-Language, ...) belong to the content; anything else to the request.
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (request.Headers.UserAgent.Count == 0)
        {
            request.Headers.UserAgent.Add(UserAgent);
        }

        request.Headers.Add(DeliveryHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(DeliveryHeaders.Delivery, HeaderSafe(deliveryKey));
        request.Headers.Add(DeliveryHeaders.Event, kind);
        if (options.Secret is { } secret)
        {
            request.Headers.Add(DeliveryHeaders.Signature, DeliverySignature.Compute(secret, timestamp, body));
        }

        return await SendAsync(request, ct);
    }

    /// <summary>A HEAD request: whether the receiver answers at all, without delivering anything.</summary>
    public async Task<WebhookAnswer> HeadAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, _url);
        request.Headers.UserAgent.Add(UserAgent);
        return await SendAsync(request, ct);
    }

    private async Task<WebhookAnswer> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        // Wall-clock timeout: it bounds real I/O, whatever clock paces the requests.
        var limit = http.Timeout > TimeSpan.Zero && http.Timeout < options.RequestTimeout ? http.Timeout : options.RequestTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.RequestTimeout);

        // Taken before sending: following a redirect changes the request message itself.
        var method = request.Method;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var text = await ReadStartAsync(response.Content, timeout.Token);

            // HttpClient follows a 301/302/303 by turning the POST into a GET: the item never arrived, whatever the status says.
            var redirected = (response.RequestMessage?.Method ?? method) != method;
            return new WebhookAnswer((int)response.StatusCode, text, RetryAfterHeader.Read(response.Headers, time.GetUtcNow()), redirected, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return WebhookAnswer.None($"the receiver at {Where} did not answer within {limit.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return WebhookAnswer.None($"could not reach the receiver at {Where}: {ex.Message}");
        }
    }

    private static async Task<string> ReadStartAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxAnswerBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
        {
            filled += read;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, filled);
        return text.Length <= MaxAnswerChars ? text : text[..MaxAnswerChars];
    }

    /// <summary>
    /// Header values must be ASCII: a key with other characters (a source id in another script) is percent-encoded,
    /// the same way on every try, so receivers still see one stable delivery id.
    /// </summary>
    internal static string HeaderSafe(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? value : Uri.EscapeDataString(value);
}

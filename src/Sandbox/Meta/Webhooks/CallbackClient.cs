using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>The HTTP side of webhooks: one POST of a delivery, or the GET handshake, each bounded by the knob's timeout.</summary>
internal sealed class CallbackClient(TimeProvider clock, string appSecret) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) }) { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<MetaDeliveryAttempt> PostAsync(MetaDelivery delivery, int attempt, MetaKnobs knobs, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        if (knobs.CallbackUrl is not { } callback)
        {
            return new MetaDeliveryAttempt(delivery.Id, attempt, null, "no callbackUrl configured", 0, at);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, callback) { Content = new ReadOnlyMemoryContent(delivery.Body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        message.Headers.Add("X-Hub-Signature-256", delivery.Signature);
        if (knobs.LegacySha1Signature && !delivery.Forged)
        {
            message.Headers.Add("X-Hub-Signature", MetaSignature.Sha1(appSecret, delivery.Body.Span));
        }

        message.Headers.UserAgent.ParseAdd("facebookexternalua");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(knobs.DeliveryTimeoutMilliseconds);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(message, timeout.Token);
            return new MetaDeliveryAttempt(delivery.Id, attempt, (int)response.StatusCode, null, watch.Elapsed.TotalMilliseconds, at);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            var error = e is OperationCanceledException ? $"no answer within {knobs.DeliveryTimeoutMilliseconds} ms" : e.Message;
            return new MetaDeliveryAttempt(delivery.Id, attempt, null, error, watch.Elapsed.TotalMilliseconds, at);
        }
    }

    public async Task<MetaVerification> VerifyAsync(string callback, string verifyToken, ulong challengeNumber, int timeoutMilliseconds, CancellationToken ct)
    {
        var challenge = (challengeNumber % 9_000_000_000UL + 1_000_000_000UL).ToString(CultureInfo.InvariantCulture);
        var separator = callback.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var url = new Uri(callback + separator + "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token=" + Uri.EscapeDataString(verifyToken));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(timeoutMilliseconds);
        try
        {
            using var response = await _http.GetAsync(url, timeout.Token);
            return new MetaVerification(url, challenge, (int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token), null);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new MetaVerification(url, challenge, null, null, e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}

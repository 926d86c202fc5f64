using System.Net;
using System.Net.Http.Json;
using Connectors.Abstractions;
using Connectors.PluginSdk.Http;
using ContosoConnector.Client;
using ContosoConnector.Pacing;

namespace ContosoConnector;

/// <summary>Pushes each item as a ticket, with its idempotency key, so a retried push never makes a second ticket.</summary>
public sealed class ContosoConnectorSink(IConnectorContext context, ContosoConnectorPacer pacer) : ISinkConnector
{
    // The wait after a 429 that says nothing: a per-minute window has surely turned by then.
    private static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromMinutes(1);

    private readonly ContosoConnectorOptions _options = context.GetOptions<ContosoConnectorOptions>();
    private readonly ContosoConnectorClient _client = new(context);

    /// <inheritdoc />
    public SinkLimits Limits => new(_options.PageSize, 100, TimeSpan.FromMinutes(1));

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken) =>
        await _client.RefusalAsync(cancellationToken) is { } problem
            ? CheckResult.Failure(problem)
            : CheckResult.Success($"connected to {_options.Endpoint}");

    /// <inheritdoc />
    public async Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var results = new List<SinkItemResult>(batch.Count);
        foreach (var item in batch)
        {
            // After a 429 nothing goes out until its Retry-After has passed: the item goes back to the outbox until then.
            var wait = pacer.Wait(context.TimeProvider.GetUtcNow());
            results.Add(wait > TimeSpan.Zero
                ? SinkItemResult.Retry(item.IdempotencyKey, "held back: the API asked to wait (429)", wait)
                : await PushAsync(item, cancellationToken));
        }

        return results;
    }

    private async Task<SinkItemResult> PushAsync(SinkItem item, CancellationToken cancellationToken)
    {
        var ticket = new
        {
            subject = item.Content?.Subject ?? item.Feedback?.Title ?? item.Alert?.Message ?? $"Customer {item.Customer?.Name}",
            body = item.Content?.Body ?? item.Feedback?.Body ?? item.Alert?.Message ?? item.Customer?.Email ?? "",
            requester = item.Customer?.Email,
        };
        try
        {
            using var response = await _client.SendAsync(HttpMethod.Post, "tickets", ticket, cancellationToken, item.IdempotencyKey);
            if (response.IsSuccessStatusCode)
            {
                var created = await response.Content.ReadFromJsonAsync<Created>(cancellationToken);
                return SinkItemResult.Done(item.IdempotencyKey, created?.Id ?? "");
            }

            var error = $"the API answered {(int)response.StatusCode} {response.StatusCode}";
            var now = context.TimeProvider.GetUtcNow();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfterHeader.Read(response.Headers, now) ?? DefaultThrottleWait;
                pacer.Throttled(now + wait);
                return SinkItemResult.Retry(item.IdempotencyKey, error, wait);
            }

            return (int)response.StatusCode >= 500
                ? SinkItemResult.Retry(item.IdempotencyKey, error, RetryAfterHeader.Read(response.Headers, now))
                : SinkItemResult.Failed(item.IdempotencyKey, error);
        }
        catch (HttpRequestException ex)
        {
            return SinkItemResult.Retry(item.IdempotencyKey, ex.Message);
        }
    }

    private sealed record Created(string Id);
}

using System.Collections.Concurrent;

namespace Connectors.Plugins.Webhook.Pacing;

/// <summary>
/// One <see cref="RequestPacer"/> per receiver URL for the life of the host: Slack and Teams count a webhook's rate per
/// URL, so every connector instance posting to the same URL draws on one budget. Registered as a singleton by
/// <see cref="WebhookPlugin.ConfigureServices"/>. URLs are kept only as keys, never shown.
/// </summary>
public sealed class PacerRegistry
{
    private readonly ConcurrentDictionary<string, RequestPacer> _pacers = new(StringComparer.Ordinal);

    /// <summary>The pacer of <paramref name="url"/>, created on first use; a smaller configured budget wins.</summary>
    public RequestPacer Get(Uri url, int requestsPerMinute, TimeProvider time)
    {
        // Scheme and host ignore case; the path does not (a Slack or Teams token is case-sensitive).
        var key = url.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + url.PathAndQuery;
        var pacer = _pacers.GetOrAdd(key, static (_, a) => new RequestPacer(a.time, a.requestsPerMinute), (time, requestsPerMinute));
        pacer.LimitTo(requestsPerMinute);
        return pacer;
    }
}

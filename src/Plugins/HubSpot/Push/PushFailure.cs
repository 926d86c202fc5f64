using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Client;

namespace Connectors.Plugins.HubSpot.Push;

/// <summary>Why an item is not done: to retry later (with a wait, when HubSpot's limits say) or failed for good.</summary>
/// <param name="Outcome"><see cref="SinkOutcome.Retry"/> or <see cref="SinkOutcome.Failed"/>.</param>
/// <param name="Error">The reason, with HubSpot's message.</param>
/// <param name="RetryAfter">How long to wait, for rate limits.</param>
/// <param name="StopsRun">The rest of the push is pointless (the token is refused, or a limit is spent).</param>
internal sealed record PushFailure(SinkOutcome Outcome, string Error, TimeSpan? RetryAfter = null, bool StopsRun = false)
{
    /// <summary>The wait after a 429 that names no window (HubSpot sends no Retry-After).</summary>
    public static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromSeconds(10);

    public static PushFailure Retry(string error) => new(SinkOutcome.Retry, error);

    public static PushFailure Failed(string error) => new(SinkOutcome.Failed, error);

    /// <summary>The failure an unsuccessful answer means for the items its request carried.</summary>
    public static PushFailure From(HubSpotResponse response, string what, DateTimeOffset now) => response.Kind switch
    {
        ResponseKind.Throttled when response.Policy == "DAILY" =>
            new(SinkOutcome.Retry, $"HubSpot's daily API limit is spent ({response.Message}); {what} waits for the next day", NextUtcMidnight(now) - now, StopsRun: true),
        ResponseKind.Throttled =>
            new(SinkOutcome.Retry, $"HubSpot rate limit ({Named(response.Policy)}): {response.Message}", response.Rate?.Window ?? DefaultThrottleWait, StopsRun: true),
        ResponseKind.Unauthorized => new(SinkOutcome.Failed, Unauthorized(response), StopsRun: true),
        ResponseKind.Rejected => Failed($"HubSpot rejected the {what} ({response.Status} {response.Category}): {response.Message}"),
        _ => Retry($"HubSpot {what} failed: {response.Message}"),
    };

    public SinkItemResult For(string key) =>
        Outcome == SinkOutcome.Retry ? SinkItemResult.Retry(key, Error, RetryAfter) : SinkItemResult.Failed(key, Error);

    /// <summary>The operator has to act: the message says what to change.</summary>
    private static string Unauthorized(HubSpotResponse response) => response.Status == 403
        ? $"HubSpot denied access (403 {response.Category}: {response.Message}). Give the private app the scopes crm.objects.contacts.read, " +
          "crm.objects.contacts.write and crm.schemas.contacts.write, then set its token as accessToken."
        : $"HubSpot refused the access token ({response.Status} {response.Category}: {response.Message}). Fix accessToken: use a private app " +
          "token (pat-...) from Settings > Integrations > Private Apps, given as ${env:NAME}.";

    private static string Named(string? policy) => string.IsNullOrEmpty(policy) ? "unnamed policy" : policy;

    private static DateTimeOffset NextUtcMidnight(DateTimeOffset now) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
}

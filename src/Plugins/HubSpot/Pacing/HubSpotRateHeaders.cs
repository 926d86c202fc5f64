using System.Net.Http.Headers;
using Connectors.PluginSdk.Http;

namespace Connectors.Plugins.HubSpot.Pacing;

/// <summary>The names HubSpot gives its rate figures (<c>X-HubSpot-RateLimit-*</c>); search answers carry none.</summary>
internal static class HubSpotRateHeaders
{
    /// <summary>The rolling 10-second window of the private app.</summary>
    public static readonly RateLimitHeaderNames Window = new()
    {
        Limit = ["X-HubSpot-RateLimit-Max"],
        Remaining = ["X-HubSpot-RateLimit-Remaining"],
        WindowMilliseconds = ["X-HubSpot-RateLimit-Interval-Milliseconds"],
    };

    private static readonly string[] DailyRemainingNames = ["X-HubSpot-RateLimit-Daily-Remaining"];

    /// <summary>Requests left today, when the answer says.</summary>
    public static int? DailyRemaining(HttpResponseHeaders headers) => RateLimitHeaders.Number(headers, DailyRemainingNames);
}

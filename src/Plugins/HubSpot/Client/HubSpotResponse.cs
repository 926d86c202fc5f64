using System.Text.Json;
using Connectors.PluginSdk.Http;

namespace Connectors.Plugins.HubSpot.Client;

/// <summary>One answer from HubSpot, classified, with its body and HubSpot's error fields when there are any.</summary>
internal sealed record HubSpotResponse(ResponseKind Kind, int? Status, JsonElement? Json, string Message, string? Category = null, string? Policy = null, RateLimitHeaders? Rate = null, int? DailyRemaining = null)
{
    /// <summary>An exchange that got no usable answer (timeout, connection error).</summary>
    public static HubSpotResponse Failed(string message) => new(ResponseKind.Transient, null, null, message);

    /// <summary>Classifies an answer from its status and body text.</summary>
    public static HubSpotResponse From(int status, string body, RateLimitHeaders? rate, int? dailyRemaining = null)
    {
        JsonElement? json = null;
        try
        {
            json = body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            // Truncated or not JSON: decided below by status.
        }

        var message = MessageOf(json) ?? $"HTTP {status}: {Snippet(body)}";
        var category = Text(json, "category") ?? Text(json, "errorType");
        var kind = status switch
        {
            >= 200 and < 300 when json is { ValueKind: JsonValueKind.Object } => ResponseKind.Ok,
            >= 200 and < 300 => ResponseKind.Transient,
            429 => ResponseKind.Throttled,
            401 or 403 => ResponseKind.Unauthorized,
            408 or >= 500 => ResponseKind.Transient,
            _ => ResponseKind.Rejected,
        };
        if (kind == ResponseKind.Transient && status is >= 200 and < 300)
        {
            message = $"HubSpot answered {status} with a body that is not complete JSON ({body.Length} bytes)";
        }

        // A 429 always names a policy here ("" when HubSpot's body did not), so the pacer knows the window is full.
        var policy = kind == ResponseKind.Throttled ? Text(json, "policyName") ?? "" : null;
        return new HubSpotResponse(kind, status, json, message, category, policy, rate, dailyRemaining);
    }

    /// <summary>
    /// HubSpot's words for an error: the details' messages when it gave any (they name the property and value),
    /// else the top-level message.
    /// </summary>
    public static string? MessageOf(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } e)
        {
            return null;
        }

        if (e.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            var details = errors.EnumerateArray().Select(d => Text(d, "message")).Where(m => !string.IsNullOrEmpty(m)).ToList();
            if (details.Count > 0 && !e.TryGetProperty("results", out _))
            {
                return string.Join("; ", details);
            }
        }

        return Text(e, "message");
    }

    public static string? Text(JsonElement? json, string name) =>
        json is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Snippet(string body) => body.Length <= 200 ? body : body[..200] + "…";
}

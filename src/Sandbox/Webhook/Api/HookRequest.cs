using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>A delivery as the receiver paths see it: the raw body bytes (signatures cover exactly these) and its JSON.</summary>
internal sealed class HookRequest
{
    private readonly Lazy<(JsonElement? Json, string? Problem)> _parsed;

    public HookRequest(HttpContext http, byte[] body, WebhookKnobs knobs, DateTimeOffset now)
    {
        Http = http;
        Body = body;
        Knobs = knobs;
        Now = now;
        _parsed = new(Parse);
    }

    public HttpContext Http { get; }

    public byte[] Body { get; }

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The knobs as they were when the request arrived.</summary>
    public WebhookKnobs Knobs { get; }

    /// <summary>Sandbox clock time of arrival.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The body as JSON; null when it is not JSON (see <see cref="JsonProblem"/>).</summary>
    public JsonElement? Json => _parsed.Value.Json;

    /// <summary>Why the body is not JSON, or null.</summary>
    public string? JsonProblem => _parsed.Value.Problem;

    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var v) && v.Count > 0 ? v.ToString() : null;

    /// <summary>A route value such as <c>{name}</c>.</summary>
    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? "";

    /// <summary><c>X-Connectors-Timestamp</c> as unix seconds, when it is one.</summary>
    public long? Timestamp =>
        long.TryParse(Header(WebhookHeaders.Timestamp), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    /// <summary>Every header but the connection's own; credentials shortened so the log never holds them whole.</summary>
    public Dictionary<string, string> RecordedHeaders()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Http.Request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Connection" or "Cookie")
            {
                continue;
            }

            var text = value.ToString();
            headers[name] = name.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && text.Length > 12 ? text[..10] + "…" : text;
        }

        return headers;
    }

    private (JsonElement?, string?) Parse()
    {
        if (Body.Length == 0)
        {
            return (null, "the body is empty");
        }

        try
        {
            using var doc = JsonDocument.Parse(Body);
            return (doc.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (null, $"line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message.Split(" LineNumber:", 2)[0].Trim()}");
        }
    }
}

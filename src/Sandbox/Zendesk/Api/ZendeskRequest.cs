using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>An authenticated, rate-counted API request as the endpoints see it.</summary>
internal sealed class ZendeskRequest
{
    private JsonElement? _json;
    private bool _parsed;

    public ZendeskRequest(HttpContext http, byte[] body, long agentId)
    {
        Http = http;
        Body = body;
        AgentId = agentId;
        BaseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
    }

    public HttpContext Http { get; }

    public byte[] Body { get; }

    /// <summary>The authenticated agent.</summary>
    public long AgentId { get; }

    /// <summary><c>http://127.0.0.1:port</c>, for the <c>url</c> fields.</summary>
    public string BaseUrl { get; }

    /// <summary>The body as JSON; null when it is empty or not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            if (!_parsed)
            {
                _parsed = true;
                try
                {
                    _json = Body.Length == 0 ? null : JsonDocument.Parse(Body).RootElement.Clone();
                }
                catch (JsonException)
                {
                    _json = null;
                }
            }

            return _json;
        }
    }

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;

    public string? Header(string name) => Http.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;

    /// <summary>The <c>{id}</c> route value, without a <c>.json</c> suffix.</summary>
    public string RouteId() => (Http.Request.RouteValues["id"]?.ToString() ?? "").Replace(".json", "", StringComparison.Ordinal);

    public long? RouteLong() => long.TryParse(RouteId(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The object under <paramref name="root"/> (<c>{"ticket":{...}}</c>), or null.</summary>
    public JsonElement? Root(string root) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(root, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    /// <summary>The array under <paramref name="root"/> (<c>{"tickets":[...]}</c>), or null.</summary>
    public JsonElement? RootArray(string root) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(root, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : null;
}

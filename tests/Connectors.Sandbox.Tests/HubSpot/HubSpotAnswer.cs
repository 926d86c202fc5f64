using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.HubSpot;

/// <summary>A HubSpot emulator answer: status, parsed body (when JSON) and headers.</summary>
internal sealed record HubSpotAnswer(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? Message => Json.GetProperty("message").GetString();

    public string? Category => Json.GetProperty("category").GetString();
}

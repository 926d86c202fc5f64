using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Zendesk;

/// <summary>One answer of the Zendesk emulator: status, JSON (or raw text) and headers.</summary>
internal sealed record ZendeskCall(HttpStatusCode Status, string Text, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.First() : null;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Webhook;

/// <summary>One answer of the webhook receiver: status, body text and headers.</summary>
internal sealed record WebhookCall(HttpStatusCode Status, string Text, HttpResponseHeaders Headers, string? ContentType)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;
}

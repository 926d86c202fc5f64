using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Trustpilot;

/// <summary>One answer of the Trustpilot emulator.</summary>
internal sealed record TrustpilotCall(HttpStatusCode Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The service reviews of a list answer.</summary>
    public JsonElement[] Reviews => [.. Json.GetProperty("reviews").EnumerateArray()];
}

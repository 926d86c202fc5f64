using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests;

/// <summary>A GraphQL answer as the client saw it.</summary>
internal sealed record GraphQLAnswer(HttpStatusCode Status, string Body, TimeSpan? RetryAfter, long? ContentLength)
{
    private JsonElement? _json;

    public JsonElement Json => _json ??= JsonDocument.Parse(Body).RootElement.Clone();

    public JsonElement Data => Json.GetProperty("data");

    public JsonElement Cost => Json.GetProperty("extensions").GetProperty("cost");

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public bool HasErrors => Json.TryGetProperty("errors", out _);

    public int RequestedCost => Cost.GetProperty("requestedQueryCost").GetInt32();

    public int? ActualCost => Cost.GetProperty("actualQueryCost").ValueKind == JsonValueKind.Null ? null : Cost.GetProperty("actualQueryCost").GetInt32();

    public double Available => Cost.GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetDouble();
}

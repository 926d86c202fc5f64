using System.Text.Json;
using System.Text.RegularExpressions;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>A request the fake Shopify received, with the fake time it arrived at.</summary>
internal sealed partial record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    /// <summary>The GraphQL operation name (<c>CustomersPage</c>...), or <c>null</c> for a non-GraphQL request.</summary>
    public string? Operation => Query is { } q && OperationName().Match(q) is { Success: true } m ? m.Groups[1].Value : null;

    public string? Query => Json?.RootElement.TryGetProperty("query", out var q) == true ? q.GetString() : null;

    public JsonElement Variables => Json!.RootElement.GetProperty("variables");

    public string? Variable(string name) =>
        Json?.RootElement.GetProperty("variables").TryGetProperty(name, out var v) == true ? v.ToString() : null;

    private JsonDocument? Json => Body.StartsWith('{') ? JsonDocument.Parse(Body) : null;

    [GeneratedRegex(@"^\s*(?:query|mutation)\s+(\w+)")]
    private static partial Regex OperationName();
}

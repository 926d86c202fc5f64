using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Amazon;

/// <summary>One answer of the Amazon emulator, already checked against the official model.</summary>
internal sealed record AmazonCall(HttpStatusCode Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The first error's code (every error body is <c>{"errors":[{code,message,details}]}</c>).</summary>
    public string ErrorCode => Json.GetProperty("errors")[0].GetProperty("code").GetString()!;

    public string ErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public string ErrorDetails => Json.GetProperty("errors")[0].GetProperty("details").GetString()!;
}

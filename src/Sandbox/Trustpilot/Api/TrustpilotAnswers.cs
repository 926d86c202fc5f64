using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>
/// Trustpilot's answers: JSON bodies; the gateway's <c>{"fault":{faultstring, detail:{errorcode}}}</c> for keys, tokens
/// and quotas; <c>{"message","details"}</c> for a request the API refuses (the error bodies are not confirmed: sources.md).
/// </summary>
internal static class TrustpilotAnswers
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = SandboxJson.Encoder };

    public static VendorAnswer Ok(JsonNode body, int status = StatusCodes.Status200OK) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(body, Options), VendorAnswer.Json);

    public static VendorAnswer Empty(int status) => new(status, ReadOnlyMemory<byte>.Empty);

    public static VendorAnswer Fault(int status, string faultstring, string errorcode) =>
        Ok(new JsonObject
        {
            ["fault"] = new JsonObject { ["faultstring"] = faultstring, ["detail"] = new JsonObject { ["errorcode"] = errorcode } },
        }, status);

    public static VendorAnswer InvalidApiKey() => Fault(StatusCodes.Status401Unauthorized, "Invalid ApiKey", "oauth.v2.InvalidApiKey");

    public static VendorAnswer InvalidToken() => Fault(StatusCodes.Status401Unauthorized, "Invalid access token", "oauth.v2.InvalidAccessToken");

    public static VendorAnswer ExpiredToken() => Fault(StatusCodes.Status401Unauthorized, "Access Token expired", "keymanagement.service.access_token_expired");

    public static VendorAnswer QuotaExceeded() =>
        Fault(StatusCodes.Status429TooManyRequests, "Rate limit quota violation. Quota limit exceeded.", "policies.ratelimit.QuotaViolation");

    public static VendorAnswer BadRequest(IEnumerable<string> problems) =>
        Ok(new JsonObject { ["message"] = "Bad Request", ["details"] = new JsonArray([.. problems.Select(p => (JsonNode)p)]) }, StatusCodes.Status400BadRequest);

    public static VendorAnswer BadRequest(string problem) => BadRequest([problem]);

    public static VendorAnswer NotFound(string message) =>
        Ok(new JsonObject { ["message"] = message, ["details"] = new JsonArray() }, StatusCodes.Status404NotFound);

    public static VendorAnswer OAuthError(int status, string error, string description) =>
        Ok(new JsonObject { ["error"] = error, ["error_description"] = description }, status);

    /// <summary>Trustpilot's time format: UTC with a Z (the docs' examples omit it; clients read both).</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

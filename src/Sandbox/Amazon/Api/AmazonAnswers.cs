using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>SP-API answers: JSON bodies and the error list every model declares (<c>{"errors":[{code,message,details}]}</c>).</summary>
internal static class AmazonAnswers
{
    public const string Json = "application/json";
    public const string Hal = "application/hal+json";

    private static readonly JsonSerializerOptions Options = new() { Encoder = SandboxJson.Encoder };

    public static VendorAnswer Ok(JsonNode body, int status = StatusCodes.Status200OK, string contentType = Json) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(body, Options), contentType);

    public static VendorAnswer Error(int status, string code, string message, string details = "") =>
        Ok(new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message, ["details"] = details }),
        }, status);

    public static VendorAnswer InvalidInput(string message, string details = "") =>
        Error(StatusCodes.Status400BadRequest, "InvalidInput", message, details);

    public static VendorAnswer NotFound(string message) => Error(StatusCodes.Status404NotFound, "NotFound", message);

    /// <summary>403 as Amazon answers a missing, unknown, expired or out-of-scope token.</summary>
    public static VendorAnswer Denied(string details = "") =>
        Error(StatusCodes.Status403Forbidden, "Unauthorized", "Access to requested resource is denied.", details);

    public static VendorAnswer QuotaExceeded() =>
        Error(StatusCodes.Status429TooManyRequests, "QuotaExceeded", "You exceeded your quota for the requested resource.");

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Framework;

/// <summary>Uniform answers of the control endpoints.</summary>
internal static class ControlResults
{
    public static IResult Json(object? value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, SandboxJson.Options, statusCode: status);

    public static IResult Problem(int status, IEnumerable<string> errors) =>
        Results.Json(new { errors = errors.ToArray() }, SandboxJson.Options, statusCode: status);

    public static IResult Problem(int status, string error) => Problem(status, [error]);
}

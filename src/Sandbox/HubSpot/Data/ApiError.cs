namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>An error in HubSpot's shape: <c>{"status":"error","message","correlationId","category","errors","context"}</c>.</summary>
/// <param name="Status">HTTP status of a whole-request error (ignored inside a 207).</param>
/// <param name="Category"><c>VALIDATION_ERROR</c>, <c>CONFLICT</c>, <c>OBJECT_NOT_FOUND</c>...</param>
/// <param name="Message">The message.</param>
/// <param name="Errors">Details, one per invalid property.</param>
/// <param name="Context">Extra context; batch errors name the input ids here.</param>
internal sealed record ApiError(
    int Status,
    string Category,
    string Message,
    IReadOnlyList<ErrorDetail>? Errors = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Context = null)
{
    public static ApiError Validation(string message, IReadOnlyList<ErrorDetail>? errors = null) => new(400, "VALIDATION_ERROR", message, errors);

    public static ApiError NotFound(string message = "resource not found") => new(404, "OBJECT_NOT_FOUND", message);

    public ApiError WithContext(IReadOnlyDictionary<string, IReadOnlyList<string>> context) => this with { Context = context };
}

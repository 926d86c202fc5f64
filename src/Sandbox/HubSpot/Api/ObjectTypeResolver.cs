using Connectors.Sandbox.HubSpot.Data;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>Turns the <c>{objectType}</c> path segment into a served type, or HubSpot's 400 for an unknown one.</summary>
internal static class ObjectTypeResolver
{
    public static string? Resolve(HubSpotEmulator hubspot, string segment, out ApiAnswer? error)
    {
        var type = HubSpotObjectTypes.Normalize(segment);
        error = type is null ? HubSpotPipeline.Error(hubspot, ApiError.Validation($"Unable to infer object type from: {segment}")) : null;
        return type;
    }

    /// <summary>The comma-separated <c>properties</c> query parameter, or <c>null</c> when absent.</summary>
    public static IReadOnlyList<string>? PropertiesQuery(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

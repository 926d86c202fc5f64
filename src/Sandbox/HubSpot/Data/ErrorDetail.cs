namespace Connectors.Sandbox.HubSpot.Data;

/// <summary>One entry of an error body's <c>errors</c> array.</summary>
internal sealed record ErrorDetail(string Message, string? Code = null, string? PropertyName = null);

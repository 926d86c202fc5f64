namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>Zendesk ticket priorities, lowest first.</summary>
internal static class Priorities
{
    private static readonly string[] Order = ["low", "normal", "high", "urgent"];

    public static bool IsValid(string? value) => Rank(value) >= 0;

    /// <summary>The route's priority when it is a Zendesk priority, else the configured default.</summary>
    public static string Resolve(string? routed, string fallback) =>
        IsValid(routed) ? routed!.ToLowerInvariant() : fallback.ToLowerInvariant();

    /// <summary>0 for low up to 3 for urgent; -1 when not a priority.</summary>
    public static int Rank(string? value) =>
        value is null ? -1 : Array.FindIndex(Order, p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase));
}

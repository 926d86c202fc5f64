using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>Zendesk's ticket priorities are the contracts' four levels, spelled in lower case.</summary>
internal static class Priorities
{
    /// <summary>The name Zendesk uses: <c>urgent</c>.</summary>
    public static string Name(Priority priority) => priority.ToString().ToLowerInvariant();

    /// <summary>A ticket's priority as Zendesk spells it, or <c>null</c> when it has none (or an unknown one).</summary>
    public static Priority? Parse(string? value) =>
        Enum.TryParse<Priority>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}

namespace Connectors.Abstractions;

/// <summary>
/// How soon someone must act on an item, least urgent first, so priorities compare with <c>&lt;</c> and <c>&gt;</c>.
/// The configuration spells them in lower case (<c>"urgent"</c>); helpdesks with the same four levels take them as they are.
/// </summary>
public enum Priority
{
    /// <summary>Whenever there is time.</summary>
    Low,

    /// <summary>The usual queue.</summary>
    Normal,

    /// <summary>Before the usual queue.</summary>
    High,

    /// <summary>Now: an unhappy customer is waiting.</summary>
    Urgent,
}

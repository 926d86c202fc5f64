namespace Connectors.Abstractions;

/// <summary>Whether a feedback item has been answered at its source.</summary>
public enum ReplyState
{
    /// <summary>The channel cannot be answered, or nobody knows.</summary>
    None,

    /// <summary>It can be answered and has not been.</summary>
    Unanswered,

    /// <summary>It has been answered.</summary>
    Answered,
}

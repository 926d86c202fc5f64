namespace Connectors.Abstractions;

/// <summary>What happened to one pushed item.</summary>
public enum SinkOutcome
{
    /// <summary>The sink accepted it.</summary>
    Done,

    /// <summary>A passing failure (429, 5xx, timeout): try again later.</summary>
    Retry,

    /// <summary>The sink rejected it for good (4xx): dead-letter it.</summary>
    Failed,

    /// <summary>Nothing to do any more (the work is moot, or was done elsewhere): recorded with the reason, not dead-lettered.</summary>
    Skipped,
}

namespace Connectors.Host.Store.Entities;

/// <summary>One breach of an alert rule, stored once (by its key) and queued to the rule's sinks.</summary>
public sealed class AlertEntity
{
    /// <summary>Rule, window end and dimension, see <c>AlertRecord.Key</c>.</summary>
    public required string Key { get; set; }

    public required string Rule { get; set; }

    /// <summary>The <c>AlertRecord</c> as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

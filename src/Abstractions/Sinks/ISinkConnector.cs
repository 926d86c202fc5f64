namespace Connectors.Abstractions;

/// <summary>A connector that pushes customers and feedback to a CRM or helpdesk.</summary>
public interface ISinkConnector : IConnector
{
    /// <summary>Batch size and rate budget; the dispatcher never exceeds them.</summary>
    SinkLimits Limits { get; }

    /// <summary>Pushes a batch and reports a result for every item, in any order.</summary>
    Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken);
}

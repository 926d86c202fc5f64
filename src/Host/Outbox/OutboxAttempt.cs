using Connectors.Abstractions;

namespace Connectors.Host.Outbox;

/// <summary>One outbound attempt through a plugin, as the outbox records it.</summary>
internal static class OutboxAttempt
{
    /// <summary>
    /// Runs the attempt; whatever a third-party plugin throws is a passing failure of that item (retried, in the end
    /// dead-lettered with the reason), never an exception through the drain. The caller's cancellation goes through.
    /// </summary>
    public static async Task<SinkItemResult> RunAsync(string idempotencyKey, Func<Task<SinkItemResult>> attempt, CancellationToken ct)
    {
        try
        {
            return await attempt();
        }
#pragma warning disable CA1031 // See the summary: one item's failure is recorded with it.
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
#pragma warning restore CA1031
        {
            return SinkItemResult.Retry(idempotencyKey, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}

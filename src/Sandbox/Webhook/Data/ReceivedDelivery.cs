namespace Connectors.Sandbox.Webhook.Data;

/// <summary>One delivery a receiver path accepted, kept for assertions (<c>GET /_sandbox/webhook/deliveries</c>).</summary>
/// <param name="Id">The receiver's id for it (<c>rcv_000001</c>), answered as <c>id</c> by <c>/hooks/{name}</c>.</param>
/// <param name="Receiver"><c>hooks</c>, <c>slack</c>, <c>teams</c> or <c>workflows</c>.</param>
/// <param name="Hook">The hook's name (<c>/hooks/{name}</c>) or the vendor path after the receiver's prefix.</param>
/// <param name="DeliveryId">The sender's <c>X-Connectors-Delivery</c>, if it sent one.</param>
/// <param name="Timestamp">The sender's <c>X-Connectors-Timestamp</c>, if it sent one.</param>
/// <param name="Verified">Whether the signature was checked and matched.</param>
/// <param name="At">Sandbox clock time of the first arrival.</param>
/// <param name="Body">The body as received.</param>
/// <param name="Headers">The request's headers (credentials shortened).</param>
public sealed record ReceivedDelivery(
    string Id,
    string Receiver,
    string Hook,
    string? DeliveryId,
    long? Timestamp,
    bool Verified,
    DateTimeOffset At,
    string Body,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>How many times the same delivery came again after it was accepted (dropped as duplicates).</summary>
    public int Repeats { get; init; }
}

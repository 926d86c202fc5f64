namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>One attempt to POST a delivery to the callback.</summary>
/// <param name="DeliveryId">The delivery.</param>
/// <param name="Attempt">1 for the first try, then up with each redelivery.</param>
/// <param name="StatusCode">The receiver's status, or null when it did not answer in time or at all.</param>
/// <param name="Error">Why there was no answer (timeout, refused connection, no callback URL).</param>
/// <param name="DurationMilliseconds">Wall time of the attempt.</param>
/// <param name="At">Sandbox time of the attempt.</param>
public sealed record MetaDeliveryAttempt(long DeliveryId, int Attempt, int? StatusCode, string? Error, double DurationMilliseconds, DateTimeOffset At)
{
    /// <summary>True when the receiver answered 2xx in time.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

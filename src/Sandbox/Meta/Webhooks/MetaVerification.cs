namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>The outcome of the GET verification handshake against the callback.</summary>
/// <param name="Url">The URL called, query included.</param>
/// <param name="Challenge">The <c>hub.challenge</c> sent.</param>
/// <param name="StatusCode">The receiver's status, or null for no answer.</param>
/// <param name="Body">The receiver's body (it must be the challenge).</param>
/// <param name="Error">Why there was no answer.</param>
public sealed record MetaVerification(Uri Url, string Challenge, int? StatusCode, string? Body, string? Error)
{
    /// <summary>True when the receiver answered 200 with exactly the challenge, as Meta requires.</summary>
    public bool Verified => StatusCode == 200 && Body == Challenge;
}

namespace Connectors.Abstractions;

/// <summary>
/// A webhook source whose vendor checks the callback URL with a GET before it sends anything (Meta's
/// <c>hub.mode=subscribe&amp;hub.challenge=…&amp;hub.verify_token=…</c>), answered by the host at
/// <c>GET /webhooks/{connector}</c>.
/// </summary>
public interface IWebhookChallenge
{
    /// <summary>
    /// The body to answer 200 with (Meta: the challenge), or <c>null</c> to refuse with 403. Compare the verify token
    /// in constant time (<c>CryptographicOperations.FixedTimeEquals</c>).
    /// </summary>
    /// <param name="query">The request's query parameters; look-ups ignore case.</param>
    string? Answer(IReadOnlyDictionary<string, string> query);
}

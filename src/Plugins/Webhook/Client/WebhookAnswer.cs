namespace Connectors.Plugins.Webhook.Client;

/// <summary>What came back for one POST: the receiver's status and the start of its body, or why nothing came back.</summary>
/// <param name="Status">The HTTP status, or null when there was no answer.</param>
/// <param name="Text">The start of the answer's body (at most <see cref="WebhookClient.MaxAnswerChars"/> characters).</param>
/// <param name="RetryAfter">The answer's <c>Retry-After</c>, in seconds or as a date, as a wait from now.</param>
/// <param name="Redirected">The POST was redirected and became another method: the body never reached the receiver.</param>
/// <param name="Problem">Why there was no answer: a timeout, or the receiver could not be reached.</param>
internal sealed record WebhookAnswer(int? Status, string Text, TimeSpan? RetryAfter, bool Redirected, string? Problem)
{
    public static WebhookAnswer None(string problem) => new(null, "", null, false, problem);
}

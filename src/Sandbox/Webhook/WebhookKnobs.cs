namespace Connectors.Sandbox.Webhook;

/// <summary>
/// Receiver behaviour that tests switch at run time (beside the generic <see cref="Framework.FaultSettings"/>, whose
/// 429s, 5xx and latency apply to every receiver path): the secret, the replay window, the shape of
/// <c>Retry-After</c>, and a forced answer for the signed receiver.
/// </summary>
public sealed record WebhookKnobs
{
    /// <summary>The HMAC-SHA256 key <c>/hooks/{name}</c> checks <c>X-Connectors-Signature</c> against.</summary>
    public string Secret { get; init; } = WebhookDefaults.Secret;

    /// <summary>When false, <c>/hooks/{name}</c> takes unsigned deliveries (a sink configured without a secret).</summary>
    public bool RequireSignature { get; init; } = true;

    /// <summary>How far <c>X-Connectors-Timestamp</c> may be from the sandbox clock, in seconds, before a delivery is refused as a replay.</summary>
    public int ToleranceSeconds { get; init; } = 300;

    /// <summary>The <c>Retry-After</c> of injected 429s (fault <c>throttleShare</c>) and of a forced 429 or 503.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Send <c>Retry-After</c> as an HTTP date (sandbox clock) instead of seconds; both are valid.</summary>
    public bool RetryAfterAsDate { get; init; }

    /// <summary>
    /// When set, <c>/hooks/{name}</c> answers every verified delivery with this status (and <see cref="AnswerBody"/>)
    /// instead of accepting it: a receiver that refuses (400, 410, 422), times out (408) or fails (500).
    /// </summary>
    public int? AnswerStatus { get; init; }

    /// <summary>The body of <see cref="AnswerStatus"/>; a JSON error by default.</summary>
    public string? AnswerBody { get; init; }

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrEmpty(Secret))
        {
            errors.Add("secret must not be empty");
        }

        if (ToleranceSeconds is < 1 or > 86_400)
        {
            errors.Add($"toleranceSeconds must be between 1 and 86400, was {ToleranceSeconds}");
        }

        if (RetryAfterSeconds is < 0 or > 86_400)
        {
            errors.Add($"retryAfterSeconds must be between 0 and 86400, was {RetryAfterSeconds}");
        }

        if (AnswerStatus is < 300 or > 599)
        {
            errors.Add($"answerStatus must be a refusing or failing HTTP status, between 300 and 599, was {AnswerStatus}");
        }

        return errors;
    }
}

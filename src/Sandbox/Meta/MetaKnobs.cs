namespace Connectors.Sandbox.Meta;

/// <summary>The Meta emulator's run-time knobs (<c>/_sandbox/meta/settings</c>); replace the record to change them.</summary>
public sealed record MetaKnobs
{
    /// <summary>Where webhooks go (the app's callback URL); null: nothing is delivered and attempts say so.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>While true, events are not delivered at all (a gap only a history pull can heal; WhatsApp's cannot be).</summary>
    public bool DeliveryPaused { get; init; }

    /// <summary>How long the receiver may take to answer before the attempt counts as failed (Meta: about 5 s).</summary>
    public int DeliveryTimeoutMilliseconds { get; init; } = 5000;

    /// <summary>Attempts per delivery before it is given up (the first included).</summary>
    public int MaxDeliveryAttempts { get; init; } = 5;

    /// <summary>Wait before the first redelivery; doubled each time (wall clock).</summary>
    public int RetryBackoffMilliseconds { get; init; } = 1000;

    /// <summary>Chance that a delivery takes one more pending event (Meta batches up to 1000 per POST).</summary>
    public double BatchShare { get; init; } = 0.3;

    /// <summary>Most events in one delivery.</summary>
    public int MaxBatch { get; init; } = 5;

    /// <summary>Also send the legacy <c>X-Hub-Signature: sha1=…</c> header.</summary>
    public bool LegacySha1Signature { get; init; } = true;

    /// <summary>Refuse Graph calls without a valid <c>appsecret_proof</c> (an app setting on Meta); a wrong proof is always refused.</summary>
    public bool RequireAppSecretProof { get; init; }

    /// <summary>Graph calls one token may make per window; beyond it code 4 (sends: 613 on Messenger, 130429 on WhatsApp).</summary>
    public int RateLimitCalls { get; init; } = 200;

    /// <summary>Length of the fixed rate window on the sandbox clock.</summary>
    public int RateLimitWindowSeconds { get; init; } = 3600;

    /// <summary>HTTP status of throttling errors (not confirmed: Graph commonly answers 400 with the code; 429 is seen too).</summary>
    public int ThrottledStatusCode { get; init; } = 400;

    /// <summary>
    /// WhatsApp: accept a free-form message outside the 24-hour window (200 with its <c>wamid</c>) and report it by a
    /// <c>failed</c> status with error 131047, as the Cloud API may, instead of refusing the call.
    /// </summary>
    public bool WindowRefusalAsFailedStatus { get; init; }

    /// <summary>WhatsApp templates that are approved (any other name is refused with 132001).</summary>
    public IReadOnlyList<string> ApprovedTemplates { get; init; } = ["hello_world", "order_update", "review_request"];

    /// <summary>Every problem with the values, each naming the knob; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (CallbackUrl is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add($"callbackUrl must be an absolute http(s) URL, was '{url}'");
        }

        if (DeliveryTimeoutMilliseconds is < 10 or > 120_000)
        {
            errors.Add($"deliveryTimeoutMilliseconds must be between 10 and 120000, was {DeliveryTimeoutMilliseconds}");
        }

        if (MaxDeliveryAttempts is < 1 or > 100)
        {
            errors.Add($"maxDeliveryAttempts must be between 1 and 100, was {MaxDeliveryAttempts}");
        }

        if (RetryBackoffMilliseconds is < 0 or > 600_000)
        {
            errors.Add($"retryBackoffMilliseconds must be between 0 and 600000, was {RetryBackoffMilliseconds}");
        }

        if (BatchShare is < 0 or >= 1 || double.IsNaN(BatchShare))
        {
            errors.Add($"batchShare must be at least 0 and below 1, was {BatchShare}");
        }

        if (MaxBatch is < 1 or > 1000)
        {
            errors.Add($"maxBatch must be between 1 and 1000, was {MaxBatch}");
        }

        if (RateLimitCalls < 1 || RateLimitWindowSeconds < 1)
        {
            errors.Add($"rateLimitCalls and rateLimitWindowSeconds must be 1 or more, were {RateLimitCalls} and {RateLimitWindowSeconds}");
        }

        if (ThrottledStatusCode is < 400 or > 599)
        {
            errors.Add($"throttledStatusCode must be between 400 and 599, was {ThrottledStatusCode}");
        }

        return errors;
    }
}

namespace Connectors.Sandbox.Zendesk;

/// <summary>
/// Zendesk behaviour that tests and benchmarks switch at run time (beside the generic
/// <see cref="Framework.FaultSettings"/>): rate limits, idempotency key lifetime, job pacing, and the
/// behaviours the vendor documents loosely, so clients can be tested against each variant.
/// </summary>
public sealed record ZendeskKnobs
{
    /// <summary>The plan that sizes the per-minute limit.</summary>
    public ZendeskPlan Plan { get; init; } = ZendeskPlan.Professional;

    /// <summary>Overrides the plan's requests per minute when set.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>When false nothing is refused for rate, but the rate headers are still sent.</summary>
    public bool RateLimitEnabled { get; init; } = true;

    /// <summary>Updates allowed to one ticket per 10 minutes (Zendesk: 30); 0 turns the limit off.</summary>
    public int TicketUpdatesPerTenMinutes { get; init; } = 30;

    /// <summary>How long an <c>Idempotency-Key</c> is remembered (reported as about 2 hours; not confirmed).</summary>
    public int IdempotencyKeyLifetimeSeconds { get; init; } = 7200;

    /// <summary>The <c>Retry-After</c> of injected 429s (the real limit answers the seconds until its window resets).</summary>
    public int ThrottleRetryAfterSeconds { get; init; } = 1;

    /// <summary>Status of <c>create_or_update</c> when it updated a user: 200 (documented) or 201 (also reported).</summary>
    public int UpsertUpdatedStatusCode { get; init; } = 200;

    /// <summary>Whether the bulk endpoints (<c>create_many</c>, <c>create_or_update_many</c>) work; when false they answer 403.</summary>
    public bool BulkEnabled { get; init; } = true;

    /// <summary>Polls of a job status per step: queued, then working, then completed.</summary>
    public int JobPollsPerStep { get; init; } = 1;

    /// <summary>Sandbox seconds after which a job is completed even if nobody polled it.</summary>
    public int JobCompletesAfterSeconds { get; init; } = 5;

    /// <summary>How long a job status is kept (Zendesk: one hour to one day).</summary>
    public int JobLifetimeSeconds { get; init; } = 3600;

    /// <summary>Jobs queued or running at once per account (Zendesk: 30); more answer 429.</summary>
    public int MaxActiveJobs { get; init; } = 30;

    /// <summary>
    /// Tickets younger than this many sandbox seconds are missing from <c>GET /api/v2/tickets?external_id=</c>, as from
    /// an index that lags; 0 (the default) lists them at once. Lets tests prove the <c>Idempotency-Key</c> path alone.
    /// </summary>
    public int ExternalIdListLagSeconds { get; init; }

    /// <summary>The per-minute limit in force.</summary>
    public int EffectiveRequestsPerMinute => RequestsPerMinute ?? Plan switch
    {
        ZendeskPlan.Team => 200,
        ZendeskPlan.Enterprise => 700,
        ZendeskPlan.EnterprisePlus => 2500,
        _ => 400,
    };

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Range(errors, "requestsPerMinute", RequestsPerMinute ?? 1, 1, 1_000_000);
        Range(errors, "ticketUpdatesPerTenMinutes", TicketUpdatesPerTenMinutes, 0, 100_000);
        Range(errors, "idempotencyKeyLifetimeSeconds", IdempotencyKeyLifetimeSeconds, 1, 30 * 86400);
        Range(errors, "throttleRetryAfterSeconds", ThrottleRetryAfterSeconds, 0, 3600);
        Range(errors, "jobPollsPerStep", JobPollsPerStep, 1, 100);
        Range(errors, "jobCompletesAfterSeconds", JobCompletesAfterSeconds, 0, 86400);
        Range(errors, "jobLifetimeSeconds", JobLifetimeSeconds, 1, 7 * 86400);
        Range(errors, "maxActiveJobs", MaxActiveJobs, 1, 1000);
        Range(errors, "externalIdListLagSeconds", ExternalIdListLagSeconds, 0, 86400);
        if (UpsertUpdatedStatusCode is not (200 or 201))
        {
            errors.Add($"upsertUpdatedStatusCode must be 200 or 201, was {UpsertUpdatedStatusCode}");
        }

        return errors;
    }

    private static void Range(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name} must be between {min} and {max}, was {value}");
        }
    }
}

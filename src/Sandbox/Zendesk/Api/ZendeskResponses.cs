using System.Globalization;
using Connectors.Sandbox.Zendesk.Data;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Zendesk's answers, errors in its own shapes.</summary>
internal static class ZendeskResponses
{
    public static ZendeskAnswer Ok(object body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, ZendeskWire.Serialize(body), Headers: headers);

    public static ZendeskAnswer Unauthorized() => new(401, "{\"error\":\"Couldn't authenticate you\"}");

    public static ZendeskAnswer NotFound() => new(404, "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}");

    public static ZendeskAnswer RecordInvalid(RecordErrors errors) => Ok(new
    {
        error = "RecordInvalid",
        description = "Record validation errors",
        details = errors.Details,
    }, 422);

    public static ZendeskAnswer BadRequest(string error, string description) => Ok(new { error, description }, 400);

    public static ZendeskAnswer Forbidden() => Ok(new
    {
        error = "Forbidden",
        description = "You do not have access to this page. Please contact the account owner of this help desk for further help.",
    }, 403);

    public static ZendeskAnswer IdempotencyConflict() => BadRequest(
        "IdempotentRequestError",
        "The request body does not match the body of the original request sent with this Idempotency-Key");

    /// <summary>The account's per-minute limit (or an injected 429): JSON body and <c>Retry-After</c> in seconds.</summary>
    public static ZendeskAnswer RateLimited(int retryAfterSeconds) => new(
        429,
        "{\"error\":\"APIRateLimitExceeded\",\"description\":\"Number of allowed API requests per minute exceeded\"}",
        Headers: new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The per-ticket update limit: Zendesk answers it in plain text.</summary>
    public static ZendeskAnswer TicketUpdatesLimited(TimeSpan retryAfter) => new(
        429,
        "Too Many Requests: ticket updates are limited per ticket and user, try again later",
        "text/plain; charset=utf-8",
        new Dictionary<string, string> { ["Retry-After"] = Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture) });

    public static ZendeskAnswer TooManyJobs(int max) => new(
        429,
        ZendeskWire.Serialize(new { error = "TooManyJobs", description = $"Too many jobs: at most {max} can be queued or running" }),
        Headers: new Dictionary<string, string> { ["Retry-After"] = "10" });
}

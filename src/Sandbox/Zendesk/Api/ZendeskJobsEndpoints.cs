using System.Text.Json;
using Connectors.Sandbox.Zendesk.Data;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary><c>GET /api/v2/job_statuses/{id}</c>, and the submission of bulk requests as jobs.</summary>
internal static class ZendeskJobsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, ZendeskEmulator zendesk) =>
        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/job_statuses/{id}", zendesk, false, r =>
        {
            var knobs = zendesk.Knobs;
            if (zendesk.Jobs.Get(r.RouteId(), knobs) is not { } job)
            {
                return ZendeskResponses.NotFound();
            }

            job.Poll();
            return ZendeskResponses.Ok(new { job_status = ZendeskWire.JobStatus(job, job.StatusAt(zendesk.Clock.GetUtcNow(), knobs), r.BaseUrl) });
        });

    /// <summary>Checks a bulk request (bulk enabled, job slots, at most 100 items), applies every item and answers the queued job.</summary>
    public static ZendeskAnswer Submit(
        ZendeskEmulator zendesk,
        ZendeskRequest request,
        string root,
        string kind,
        Func<JsonElement, int, Dictionary<string, object?>> apply)
    {
        var knobs = zendesk.Knobs;
        if (!knobs.BulkEnabled)
        {
            return ZendeskResponses.Forbidden();
        }

        if (request.RootArray(root) is not { } items)
        {
            return ZendeskResponses.BadRequest("InvalidValue", $"The body must be {{\"{root}\":[...]}}");
        }

        if (items.GetArrayLength() > ZendeskUsersEndpoints.MaxBatch)
        {
            return ZendeskResponses.BadRequest("TooManyItems", $"At most {ZendeskUsersEndpoints.MaxBatch} {root} per request, got {items.GetArrayLength()}");
        }

        if (zendesk.Jobs.Active(knobs) >= knobs.MaxActiveJobs)
        {
            return ZendeskResponses.TooManyJobs(knobs.MaxActiveJobs);
        }

        var results = items.EnumerateArray().Select((item, index) => (IReadOnlyDictionary<string, object?>)apply(item, index)).ToList();
        var job = zendesk.Jobs.Add(kind, results);
        zendesk.Vendor.Counters.Increment(ZendeskCounters.JobsCreated);
        return ZendeskResponses.Ok(new { job_status = ZendeskWire.JobStatus(job, "queued", request.BaseUrl) });
    }

    public static Dictionary<string, object?> FailedResult(int index, RecordErrors errors, string? externalId = null, string? email = null) => new()
    {
        ["index"] = index,
        ["status"] = "Failed",
        ["success"] = false,
        ["error"] = "RecordInvalid",
        ["details"] = errors.ToString(),
        ["external_id"] = externalId,
        ["email"] = email,
    };
}

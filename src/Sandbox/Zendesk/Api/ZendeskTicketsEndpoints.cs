using System.Security.Cryptography;
using System.Text.Json;
using Connectors.Sandbox.Zendesk.Data;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>
/// <c>/api/v2/tickets</c>: create (with <c>Idempotency-Key</c>), create_many as a job, show, update (comment,
/// priority, tags, status, under the per-ticket update limit), list by external id, and a ticket's comments.
/// </summary>
internal static class ZendeskTicketsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, ZendeskEmulator zendesk)
    {
        var store = zendesk.Store;
        ZendeskPipeline.Map(endpoints, "POST", "/api/v2/tickets", zendesk, true, r => Create(zendesk, r));

        ZendeskPipeline.Map(endpoints, "POST", "/api/v2/tickets/create_many", zendesk, true, r =>
            ZendeskJobsEndpoints.Submit(zendesk, r, "tickets", "tickets/create_many", (item, index) => CreateForJob(zendesk, item, index, r.AgentId)));

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/tickets", zendesk, true, r =>
        {
            var externalId = r.Query("external_id");
            var lag = TimeSpan.FromSeconds(zendesk.Knobs.ExternalIdListLagSeconds);
            var now = zendesk.Clock.GetUtcNow();
            var tickets = externalId is null
                ? store.Tickets
                : [.. store.TicketsByExternalId(externalId).Where(t => now - t.CreatedAt >= lag)];
            return ZendeskResponses.Ok(ZendeskWire.Page("tickets", tickets.Select(t => ZendeskWire.Ticket(t, r.BaseUrl)).ToList()));
        });

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/tickets/{id:long}", zendesk, true, r =>
            r.RouteLong() is { } id && store.GetTicket(id) is { } ticket
                ? ZendeskResponses.Ok(new { ticket = ZendeskWire.Ticket(ticket, r.BaseUrl) })
                : ZendeskResponses.NotFound());

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/tickets/{id:long}/comments", zendesk, true, r =>
        {
            if (r.RouteLong() is not { } id || store.GetTicket(id) is not { } ticket)
            {
                return ZendeskResponses.NotFound();
            }

            var comments = string.Equals(r.Query("sort_order"), "desc", StringComparison.OrdinalIgnoreCase) ? ticket.Comments.Reverse() : ticket.Comments;
            return ZendeskResponses.Ok(ZendeskWire.Page("comments", comments.Select(ZendeskWire.Comment).ToList()));
        });

        ZendeskPipeline.Map(endpoints, "PUT", "/api/v2/tickets/{id:long}", zendesk, true, r => Update(zendesk, r));
    }

    private static ZendeskAnswer Create(ZendeskEmulator zendesk, ZendeskRequest r)
    {
        var key = r.Header("Idempotency-Key");
        if (string.IsNullOrEmpty(key))
        {
            return CreateOnce(zendesk, r);
        }

        var hash = Convert.ToHexString(SHA256.HashData(r.Body));
        var headers = new Dictionary<string, string> { ["x-idempotency-lookup"] = "hit" };

        // One creation per key at a time, so two concurrent retries cannot both miss and both create.
        lock (zendesk.IdempotencyGate)
        {
            var now = zendesk.Clock.GetUtcNow();
            switch (zendesk.Idempotency.Find(key, hash, now, out var status, out var body))
            {
                case IdempotencyLookup.Hit:
                    zendesk.Vendor.Counters.Increment(ZendeskCounters.IdempotencyHits);
                    return new ZendeskAnswer(status, body, Headers: headers);
                case IdempotencyLookup.Conflict:
                    zendesk.Vendor.Counters.Increment(ZendeskCounters.IdempotencyConflicts);
                    return ZendeskResponses.IdempotencyConflict();
            }

            var answer = CreateOnce(zendesk, r);
            if (answer.IsSuccess)
            {
                zendesk.Idempotency.Remember(key, hash, answer.Status, answer.Body, now.AddSeconds(zendesk.Knobs.IdempotencyKeyLifetimeSeconds));
            }

            return answer with { Headers = new Dictionary<string, string>(answer.Headers ?? new Dictionary<string, string>()) { ["x-idempotency-lookup"] = "miss" } };
        }
    }

    private static ZendeskAnswer CreateOnce(ZendeskEmulator zendesk, ZendeskRequest r)
    {
        if (r.Root("ticket") is not { } json)
        {
            return ZendeskResponses.BadRequest("InvalidValue", "The body must be {\"ticket\":{...}}");
        }

        var errors = new RecordErrors();
        var input = InputReader.Ticket(json, errors);
        if (!errors.IsEmpty || zendesk.Store.CreateTicket(input, r.AgentId, errors) is not { } ticket)
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.Invalid);
            return ZendeskResponses.RecordInvalid(errors);
        }

        zendesk.Vendor.Counters.Increment(ZendeskCounters.TicketsCreated);
        var location = new Dictionary<string, string> { ["Location"] = $"{r.BaseUrl}/api/v2/tickets/{ticket.Id}.json" };
        return ZendeskResponses.Ok(new { ticket = ZendeskWire.Ticket(ticket, r.BaseUrl), audit = ZendeskWire.Audit(ticket, ticket.Comments[0]) }, 201, location);
    }

    private static Dictionary<string, object?> CreateForJob(ZendeskEmulator zendesk, JsonElement item, int index, long agentId)
    {
        var errors = new RecordErrors();
        var input = item.ValueKind == JsonValueKind.Object ? InputReader.Ticket(item, errors) : null;
        if (input is null)
        {
            errors.Add("ticket", "Ticket: is invalid (expected an object)");
        }

        if (input is null || !errors.IsEmpty || zendesk.Store.CreateTicket(input, agentId, errors) is not { } ticket)
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.Invalid);
            return ZendeskJobsEndpoints.FailedResult(index, errors, input?.ExternalId);
        }

        zendesk.Vendor.Counters.Increment(ZendeskCounters.TicketsCreated);
        return new Dictionary<string, object?> { ["index"] = index, ["id"] = ticket.Id, ["status"] = "Created", ["success"] = true, ["external_id"] = ticket.ExternalId };
    }

    private static ZendeskAnswer Update(ZendeskEmulator zendesk, ZendeskRequest r)
    {
        if (r.RouteLong() is not { } id || zendesk.Store.GetTicket(id) is null)
        {
            return ZendeskResponses.NotFound();
        }

        if (r.Root("ticket") is not { } json)
        {
            return ZendeskResponses.BadRequest("InvalidValue", "The body must be {\"ticket\":{...}}");
        }

        if (!zendesk.TicketUpdates.TryTake(id, zendesk.Knobs.TicketUpdatesPerTenMinutes, out var wait))
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.TicketUpdatesThrottled);
            return ZendeskResponses.TicketUpdatesLimited(wait);
        }

        var errors = new RecordErrors();
        var change = InputReader.Change(json, errors);
        ZendeskTicket? updated;
        try
        {
            updated = errors.IsEmpty ? zendesk.Store.UpdateTicket(id, change, r.AgentId, errors) : null;
        }
        catch (KeyNotFoundException)
        {
            return ZendeskResponses.NotFound();
        }

        if (updated is null)
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.Invalid);
            return ZendeskResponses.RecordInvalid(errors);
        }

        zendesk.Vendor.Counters.Increment(ZendeskCounters.TicketsUpdated);
        var added = string.IsNullOrWhiteSpace(change.Body) ? null : updated.Comments[^1];
        if (added is not null)
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.CommentsAdded);
        }

        return ZendeskResponses.Ok(new { ticket = ZendeskWire.Ticket(updated, r.BaseUrl), audit = ZendeskWire.Audit(updated, added) });
    }
}

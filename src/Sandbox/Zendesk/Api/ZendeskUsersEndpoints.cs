using System.Text.Json;
using Connectors.Sandbox.Zendesk.Data;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary><c>/api/v2/users</c>: create_or_update (one, or many as a job), show, me, search by external id or email.</summary>
internal static class ZendeskUsersEndpoints
{
    public const int MaxBatch = 100;

    public static void Map(IEndpointRouteBuilder endpoints, ZendeskEmulator zendesk)
    {
        var store = zendesk.Store;
        ZendeskPipeline.Map(endpoints, "POST", "/api/v2/users/create_or_update", zendesk, false, r =>
        {
            if (r.Root("user") is not { } user)
            {
                return ZendeskResponses.BadRequest("InvalidValue", "The body must be {\"user\":{...}}");
            }

            var errors = new RecordErrors();
            var input = InputReader.User(user, errors);
            if (!errors.IsEmpty || store.UpsertUser(input, errors) is not { } result)
            {
                zendesk.Vendor.Counters.Increment(ZendeskCounters.Invalid);
                return ZendeskResponses.RecordInvalid(errors);
            }

            zendesk.Vendor.Counters.Increment(result.Created ? ZendeskCounters.UsersCreated : ZendeskCounters.UsersUpdated);
            var status = result.Created ? 201 : zendesk.Knobs.UpsertUpdatedStatusCode;
            return ZendeskResponses.Ok(new { user = ZendeskWire.User(result.User, r.BaseUrl) }, status);
        });

        ZendeskPipeline.Map(endpoints, "POST", "/api/v2/users/create_or_update_many", zendesk, false, r =>
            ZendeskJobsEndpoints.Submit(zendesk, r, "users", "users/create_or_update_many", (item, index) => UpsertForJob(zendesk, item, index)));

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/users/me", zendesk, false, r =>
            ZendeskResponses.Ok(new { user = ZendeskWire.User(store.GetUser(store.AgentId)!, r.BaseUrl) }));

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/users/{id:long}", zendesk, false, r =>
            r.RouteLong() is { } id && store.GetUser(id) is { } user
                ? ZendeskResponses.Ok(new { user = ZendeskWire.User(user, r.BaseUrl) })
                : ZendeskResponses.NotFound());

        ZendeskPipeline.Map(endpoints, "GET", "/api/v2/users/search", zendesk, false, r =>
        {
            var found = Search(store, r.Query("external_id"), r.Query("query"));
            return ZendeskResponses.Ok(ZendeskWire.Page("users", found.Select(u => ZendeskWire.User(u, r.BaseUrl)).ToList()));
        });
    }

    private static List<ZendeskUser> Search(ZendeskStore store, string? externalId, string? query)
    {
        if (!string.IsNullOrEmpty(externalId))
        {
            return store.FindUserByExternalId(externalId) is { } byExternal ? [byExternal] : [];
        }

        var q = (query ?? "").Trim();
        if (q.StartsWith("email:", StringComparison.OrdinalIgnoreCase))
        {
            return store.FindUserByEmail(q["email:".Length..].Trim('"', ' ')) is { } byEmail ? [byEmail] : [];
        }

        if (q.StartsWith("external_id:", StringComparison.OrdinalIgnoreCase))
        {
            return store.FindUserByExternalId(q["external_id:".Length..].Trim('"', ' ')) is { } byExternal ? [byExternal] : [];
        }

        return q.Length == 0
            ? []
            : [.. store.Users.Where(u => u.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || (u.Email?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))];
    }

    private static Dictionary<string, object?> UpsertForJob(ZendeskEmulator zendesk, JsonElement item, int index)
    {
        var errors = new RecordErrors();
        var input = item.ValueKind == JsonValueKind.Object ? InputReader.User(item, errors) : null;
        if (input is null)
        {
            errors.Add("user", "User: is invalid (expected an object)");
        }

        if (input is null || !errors.IsEmpty || zendesk.Store.UpsertUser(input, errors) is not { } result)
        {
            zendesk.Vendor.Counters.Increment(ZendeskCounters.Invalid);
            return ZendeskJobsEndpoints.FailedResult(index, errors, input?.ExternalId, input?.Email);
        }

        zendesk.Vendor.Counters.Increment(result.Created ? ZendeskCounters.UsersCreated : ZendeskCounters.UsersUpdated);
        return new Dictionary<string, object?>
        {
            ["index"] = index,
            ["id"] = result.User.Id,
            ["status"] = result.Created ? "Created" : "Updated",
            ["action"] = result.Created ? "create" : "update",
            ["success"] = true,
            ["external_id"] = result.User.ExternalId,
            ["email"] = result.User.Email,
        };
    }
}

using System.Net;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskTicketTests
{
    [Fact]
    public async Task A_ticket_is_created_on_the_requester_with_priority_tags_and_external_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var requester = (await sandbox.UpsertUserAsync(new { name = "Jane", email = "jane@example.com" })).Json.GetProperty("user").GetProperty("id").GetInt64();

        var created = await sandbox.CreateTicketAsync(new
        {
            subject = "1★ review",
            comment = new { body = "Broken on arrival", @public = false },
            requester_id = requester,
            priority = "urgent",
            tags = new[] { "Trustpilot", "review" },
            external_id = "helpdesk:feedback:1",
            custom_fields = new[] { new { id = 360001, value = "order-7" } },
        });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var ticket = created.Json.GetProperty("ticket");
        var id = ticket.GetProperty("id").GetInt64();
        Assert.Equal($"{sandbox.Server.BaseUrl}api/v2/tickets/{id}.json", created.Header("Location"));
        Assert.Equal("new", ticket.GetProperty("status").GetString());
        Assert.Equal("urgent", ticket.GetProperty("priority").GetString());
        Assert.Equal(requester, ticket.GetProperty("requester_id").GetInt64());
        Assert.Equal(sandbox.Zendesk().Store.AgentId, ticket.GetProperty("submitter_id").GetInt64());
        Assert.Equal(["trustpilot", "review"], ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("order-7", ticket.GetProperty("custom_fields")[0].GetProperty("value").GetString());
        var stored = sandbox.Zendesk().Store.GetTicket(id)!;
        Assert.Equal("Broken on arrival", stored.Description);
        Assert.False(stored.Comments[0].Public);

        var listed = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/tickets.json?external_id=" + Uri.EscapeDataString("helpdesk:feedback:1"));
        var shown = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/tickets/{id}.json");
        Assert.Equal(id, listed.Json.GetProperty("tickets")[0].GetProperty("id").GetInt64());
        Assert.Equal("1★ review", shown.Json.GetProperty("ticket").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task A_requester_given_by_name_and_email_is_found_or_created()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var first = await sandbox.CreateTicketAsync(new { comment = new { body = "Where is my parcel?\nOrdered last week" }, requester = new { name = "Jo", email = "jo@example.com" } });
        var second = await sandbox.CreateTicketAsync(new { comment = new { body = "Again" }, requester = new { name = "Jo", email = "JO@example.com" } });

        Assert.Equal(first.Json.GetProperty("ticket").GetProperty("requester_id").GetInt64(), second.Json.GetProperty("ticket").GetProperty("requester_id").GetInt64());
        Assert.Equal("Where is my parcel?", first.Json.GetProperty("ticket").GetProperty("subject").GetString());
        Assert.Equal(2, sandbox.Zendesk().Store.Users.Count);
    }

    [Fact]
    public async Task Invalid_tickets_answer_422_and_change_nothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var blank = await sandbox.CreateTicketAsync(new { subject = "x", priority = "asap" });
        var badRequester = await sandbox.CreateTicketAsync(new { comment = new { body = "x" }, requester = new { name = "Jo", email = "jo-at-example" } });
        var unknownRequester = await sandbox.CreateTicketAsync(new { comment = new { body = "x" }, requester_id = 1 });
        var notJson = await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets", "{\"ticket\":");

        Assert.Equal((HttpStatusCode)422, blank.Status);
        Assert.Equal("Description: cannot be blank", blank.Json.GetProperty("details").GetProperty("description")[0].GetProperty("description").GetString());
        Assert.StartsWith("Priority: asap is not valid", blank.Json.GetProperty("details").GetProperty("priority")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)422, badRequester.Status);
        Assert.True(badRequester.Json.GetProperty("details").TryGetProperty("requester", out _));
        Assert.Equal((HttpStatusCode)422, unknownRequester.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Empty(sandbox.Zendesk().Store.Tickets);
        Assert.Single(sandbox.Zendesk().Store.Users);
    }

    [Fact]
    public async Task An_update_adds_a_comment_changes_priority_and_tags_and_opens_a_new_ticket()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var id = (await sandbox.CreateTicketAsync(new { comment = new { body = "first" }, tags = new[] { "a" }, priority = "normal" })).Json.GetProperty("ticket").GetProperty("id").GetInt64();

        var updated = await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", new { ticket = new { comment = new { body = "second" }, priority = "high", tags = new[] { "a", "b" } } });
        var comments = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/tickets/{id}/comments?sort_order=desc");

        Assert.Equal(HttpStatusCode.OK, updated.Status);
        var ticket = updated.Json.GetProperty("ticket");
        Assert.Equal("open", ticket.GetProperty("status").GetString());
        Assert.Equal("high", ticket.GetProperty("priority").GetString());
        Assert.Equal(2, ticket.GetProperty("tags").GetArrayLength());
        Assert.Equal("second", updated.Json.GetProperty("audit").GetProperty("events")[0].GetProperty("body").GetString());
        Assert.Equal(["second", "first"], comments.Json.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task Closed_tickets_refuse_updates_and_take_follow_ups()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var id = (await sandbox.CreateTicketAsync(new { comment = new { body = "first" } })).Json.GetProperty("ticket").GetProperty("id").GetInt64();
        await sandbox.ControlAsync(HttpMethod.Patch, $"_sandbox/zendesk/tickets/{id}", new { status = "closed" });

        var update = await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", new { ticket = new { comment = new { body = "second" } } });
        var followUp = await sandbox.CreateTicketAsync(new { comment = new { body = "second" }, via_followup_source_id = id });
        var missing = await sandbox.ZendeskAsync(HttpMethod.Put, "api/v2/tickets/999", new { ticket = new { comment = new { body = "x" } } });

        Assert.Equal((HttpStatusCode)422, update.Status);
        Assert.Equal("Status: closed prevents ticket update", update.Json.GetProperty("details").GetProperty("status")[0].GetProperty("description").GetString());
        Assert.Equal(id, followUp.Json.GetProperty("ticket").GetProperty("via_followup_source_id").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public async Task One_ticket_takes_a_limited_number_of_updates_per_ten_minutes()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { TicketUpdatesPerTenMinutes = 2 };
        var id = (await sandbox.CreateTicketAsync(new { comment = new { body = "first" } })).Json.GetProperty("ticket").GetProperty("id").GetInt64();
        var change = new { ticket = new { comment = new { body = "more" } } };

        await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", change);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", change);
        var refused = await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", change);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(9));
        var later = await sandbox.ZendeskAsync(HttpMethod.Put, $"api/v2/tickets/{id}", change);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("text/plain; charset=utf-8", refused.ContentHeaders.ContentType?.ToString());
        Assert.Equal(TimeSpan.FromMinutes(9), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(4, sandbox.Zendesk().Store.GetTicket(id)!.Comments.Count);
    }

    [Fact]
    public async Task Create_many_answers_a_job_with_a_result_per_ticket()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var tickets = new object[] { new { comment = new { body = "one" }, external_id = "e1" }, new { subject = "no body" } };

        var job = (await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets/create_many", new { tickets })).Json.GetProperty("job_status");
        await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{job.GetProperty("id").GetString()}");
        var done = (await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{job.GetProperty("id").GetString()}")).Json.GetProperty("job_status");

        Assert.Equal("queued", job.GetProperty("status").GetString());
        Assert.Equal(2, job.GetProperty("total").GetInt32());
        var results = done.GetProperty("results");
        Assert.Equal(sandbox.Zendesk().Store.TicketsByExternalId("e1")[0].Id, results[0].GetProperty("id").GetInt64());
        Assert.Equal("Failed", results[1].GetProperty("status").GetString());
        Assert.Single(sandbox.Zendesk().Store.Tickets);
    }

    [Fact]
    public async Task Bulk_endpoints_refuse_when_disabled_too_large_or_with_too_many_jobs()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var one = new { tickets = new[] { new { comment = new { body = "x" } } } };
        var tooMany = new { tickets = Enumerable.Range(0, 101).Select(_ => new { comment = new { body = "x" } }).ToArray() };

        var large = await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets/create_many", tooMany);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { MaxActiveJobs = 1 };
        await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets/create_many", one);
        var busy = await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets/create_many", one);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { BulkEnabled = false };
        var disabled = await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/users/create_or_update_many", new { users = new[] { new { name = "A" } } });

        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, busy.Status);
        Assert.Equal("TooManyJobs", busy.Json.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, disabled.Status);
    }
}

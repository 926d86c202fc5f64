using System.Net;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskIdempotencyTests
{
    private static readonly object Ticket = new { subject = "s", comment = new { body = "b" }, external_id = "k" };

    [Fact]
    public async Task The_same_key_and_body_replay_the_first_answer_with_a_lookup_hit()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var first = await sandbox.CreateTicketAsync(Ticket, "key-1");
        var again = await sandbox.CreateTicketAsync(Ticket, "key-1");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal("miss", first.Header("x-idempotency-lookup"));
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal("hit", again.Header("x-idempotency-lookup"));
        Assert.Equal(first.Text, again.Text);
        Assert.Single(sandbox.Zendesk().Store.Tickets);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.CreateTicketAsync(Ticket, "key-1");

        var changed = await sandbox.CreateTicketAsync(new { subject = "s", comment = new { body = "other" } }, "key-1");

        Assert.Equal(HttpStatusCode.BadRequest, changed.Status);
        Assert.Equal("IdempotentRequestError", changed.Json.GetProperty("error").GetString());
        Assert.Single(sandbox.Zendesk().Store.Tickets);
    }

    [Fact]
    public async Task Keys_expire_after_their_lifetime_and_failed_requests_are_not_remembered()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var invalid = await sandbox.CreateTicketAsync(new { subject = "s" }, "key-2");
        var corrected = await sandbox.CreateTicketAsync(Ticket, "key-2");
        await sandbox.CreateTicketAsync(Ticket, "key-1");

        sandbox.Clock.Advance(TimeSpan.FromHours(2));
        var afterExpiry = await sandbox.CreateTicketAsync(Ticket, "key-1");

        Assert.Equal((HttpStatusCode)422, invalid.Status);
        Assert.Equal(HttpStatusCode.Created, corrected.Status);
        Assert.Equal("miss", afterExpiry.Header("x-idempotency-lookup"));
        Assert.Equal(3, sandbox.Zendesk().Store.Tickets.Count);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_ticket()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => sandbox.CreateTicketAsync(Ticket, "key-1")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Single(sandbox.Zendesk().Store.Tickets);
        Assert.Equal(7, answers.Count(a => a.Header("x-idempotency-lookup") == "hit"));
    }

    [Fact]
    public async Task A_lagging_external_id_list_hides_young_tickets()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { ExternalIdListLagSeconds = 30 };
        await sandbox.CreateTicketAsync(Ticket);

        var young = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/tickets?external_id=k");
        sandbox.Clock.Advance(TimeSpan.FromSeconds(30));
        var listed = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/tickets?external_id=k");

        Assert.Equal(0, young.Json.GetProperty("count").GetInt32());
        Assert.Equal(1, listed.Json.GetProperty("count").GetInt32());
    }
}

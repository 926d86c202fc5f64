using System.Net;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskControlTests
{
    [Fact]
    public async Task The_control_api_lists_users_and_tickets_with_comments_and_changes_status()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var id = (await sandbox.CreateTicketAsync(new { comment = new { body = "Broken" }, requester = new { name = "Jo", email = "jo@example.com" }, external_id = "e" }))
            .Json.GetProperty("ticket").GetProperty("id").GetInt64();

        var users = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/zendesk/users");
        var tickets = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/zendesk/tickets?externalId=e");
        var solved = await sandbox.ControlAsync(HttpMethod.Patch, $"_sandbox/zendesk/tickets/{id}", new { status = "solved" });
        await sandbox.ControlAsync(HttpMethod.Patch, $"_sandbox/zendesk/tickets/{id}", new { status = "gone" }, HttpStatusCode.BadRequest);

        Assert.Equal(2, users.GetArrayLength());
        Assert.Equal("Broken", tickets[0].GetProperty("comments")[0].GetProperty("body").GetString());
        Assert.Equal("solved", solved.GetProperty("status").GetString());
        Assert.Equal("solved", sandbox.Zendesk().Store.GetTicket(id)!.Status);
    }

    [Fact]
    public async Task The_received_log_keeps_requests_with_their_idempotency_key_but_not_the_credentials()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.CreateTicketAsync(new { comment = new { body = "Broken" } }, "key-9");

        var received = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/zendesk/received");

        var item = received[0];
        Assert.Equal("POST", item.GetProperty("method").GetString());
        Assert.Equal("/api/v2/tickets", item.GetProperty("path").GetString());
        Assert.Equal("key-9", item.GetProperty("headers").GetProperty("Idempotency-Key").GetString());
        Assert.False(item.GetProperty("headers").TryGetProperty("Authorization", out _));
        Assert.Equal("Broken", item.GetProperty("body").GetProperty("ticket").GetProperty("comment").GetProperty("body").GetString());
    }

    [Fact]
    public async Task Settings_are_patched_and_checked_and_data_can_be_cleared()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.CreateTicketAsync(new { comment = new { body = "x" } });

        var patched = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/zendesk/settings", new { plan = "Team", ticketUpdatesPerTenMinutes = 5 });
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/zendesk/settings", new { upsertUpdatedStatusCode = 204 }, HttpStatusCode.BadRequest);
        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/zendesk/data", expected: HttpStatusCode.NoContent);

        Assert.Equal("Team", patched.GetProperty("plan").GetString());
        Assert.Equal(200, sandbox.Zendesk().Knobs.EffectiveRequestsPerMinute);
        Assert.Empty(sandbox.Zendesk().Store.Tickets);
        Assert.Single(sandbox.Zendesk().Store.Users);
    }
}

using System.Net;
using System.Text.Json;

namespace Connectors.Sandbox.Tests.Zendesk;

public sealed class ZendeskUserTests
{
    [Fact]
    public async Task Create_or_update_creates_then_updates_the_same_user_matched_on_external_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);

        var created = await sandbox.UpsertUserAsync(new { name = "Jane Doe", email = "Jane@Example.com", external_id = "42", phone = "+4915112345678" });
        sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var updated = await sandbox.UpsertUserAsync(new { name = "Jane Roe", email = "jane.roe@example.com", external_id = "42" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.OK, updated.Status);
        var user = updated.Json.GetProperty("user");
        Assert.Equal(created.Json.GetProperty("user").GetProperty("id").GetInt64(), user.GetProperty("id").GetInt64());
        Assert.Equal("Jane Roe", user.GetProperty("name").GetString());
        Assert.Equal("jane.roe@example.com", user.GetProperty("email").GetString());
        Assert.Equal("+4915112345678", user.GetProperty("phone").GetString());
        Assert.Equal("end-user", user.GetProperty("role").GetString());
        Assert.Equal("2025-06-01T12:01:00Z", user.GetProperty("updated_at").GetString());
        Assert.Equal(2, sandbox.Zendesk().Store.Users.Count);
    }

    [Fact]
    public async Task Without_a_known_external_id_the_email_matches_and_gains_the_external_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var agentMade = await sandbox.UpsertUserAsync(new { name = "Jane", email = "jane@example.com" });

        var matched = await sandbox.UpsertUserAsync(new { name = "Jane Doe", email = "JANE@example.com", external_id = "c-7" });

        Assert.Equal(HttpStatusCode.OK, matched.Status);
        Assert.Equal(agentMade.Json.GetProperty("user").GetProperty("id").GetInt64(), matched.Json.GetProperty("user").GetProperty("id").GetInt64());
        Assert.Equal("c-7", sandbox.Zendesk().Store.FindUserByEmail("jane@example.com")!.ExternalId);
    }

    [Fact]
    public async Task The_updated_status_can_be_201_as_also_reported()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        sandbox.Zendesk().Knobs = sandbox.Zendesk().Knobs with { UpsertUpdatedStatusCode = 201 };
        await sandbox.UpsertUserAsync(new { name = "Jane", external_id = "1" });

        var again = await sandbox.UpsertUserAsync(new { name = "Jane", external_id = "1" });

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Equal(2, sandbox.Zendesk().Store.Users.Count);
    }

    [Fact]
    public async Task Invalid_users_answer_422_record_invalid_with_details_per_field()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.UpsertUserAsync(new { name = "Taken", email = "taken@example.com" });
        await sandbox.UpsertUserAsync(new { name = "Other", external_id = "x-1" });

        var badEmail = await sandbox.UpsertUserAsync(new { name = "Bad", email = "not-an-email", external_id = "x-2" });
        var noName = await sandbox.UpsertUserAsync(new { email = "new@example.com" });
        var conflict = await sandbox.UpsertUserAsync(new { name = "Other", email = "taken@example.com", external_id = "x-1" });

        Assert.Equal((HttpStatusCode)422, badEmail.Status);
        Assert.Equal("RecordInvalid", badEmail.Json.GetProperty("error").GetString());
        Assert.Equal("Record validation errors", badEmail.Json.GetProperty("description").GetString());
        var detail = badEmail.Json.GetProperty("details").GetProperty("email")[0];
        Assert.Equal("Email: not-an-email is not properly formatted", detail.GetProperty("description").GetString());
        Assert.Equal("InvalidFormat", detail.GetProperty("error").GetString());
        Assert.Equal("Name: is too short (minimum one character)", noName.Json.GetProperty("details").GetProperty("name")[0].GetProperty("description").GetString());
        Assert.Equal("DuplicateValue", conflict.Json.GetProperty("details").GetProperty("email")[0].GetProperty("error").GetString());
        Assert.Equal(3, sandbox.Zendesk().Store.Users.Count);
    }

    [Fact]
    public async Task Users_are_found_by_id_external_id_and_email()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var id = (await sandbox.UpsertUserAsync(new { name = "Jane", email = "jane@example.com", external_id = "c 1/2" })).Json.GetProperty("user").GetProperty("id").GetInt64();

        var byId = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/users/{id}");
        var byExternal = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/search?external_id=" + Uri.EscapeDataString("c 1/2"));
        var byEmail = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/search.json?query=" + Uri.EscapeDataString("email:JANE@example.com"));
        var none = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/search?external_id=nobody");
        var missing = await sandbox.ZendeskAsync(HttpMethod.Get, "api/v2/users/1");

        Assert.Equal(id, byId.Json.GetProperty("user").GetProperty("id").GetInt64());
        Assert.Equal(id, byExternal.Json.GetProperty("users")[0].GetProperty("id").GetInt64());
        Assert.Equal(id, byEmail.Json.GetProperty("users")[0].GetProperty("id").GetInt64());
        Assert.Equal(0, none.Json.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("RecordNotFound", missing.Json.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Create_or_update_many_answers_a_job_that_goes_queued_working_completed_with_results()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var users = new object[]
        {
            new { name = "A", email = "a@example.com", external_id = "a" },
            new { name = "B", email = "broken", external_id = "b" },
        };

        var submitted = await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/users/create_or_update_many", new { users });
        var job = submitted.Json.GetProperty("job_status");
        var id = job.GetProperty("id").GetString()!;
        var working = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{id}");
        var completed = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{id}.json");

        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Equal("queued", job.GetProperty("status").GetString());
        Assert.Equal(32, id.Length);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("results").ValueKind);
        Assert.Equal("working", working.Json.GetProperty("job_status").GetProperty("status").GetString());
        var done = completed.Json.GetProperty("job_status");
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("progress").GetInt32());
        var results = done.GetProperty("results");
        Assert.Equal("Created", results[0].GetProperty("status").GetString());
        Assert.Equal(sandbox.Zendesk().Store.FindUserByExternalId("a")!.Id, results[0].GetProperty("id").GetInt64());
        Assert.False(results[1].GetProperty("success").GetBoolean());
        Assert.Contains("not properly formatted", results[1].GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_complete_on_their_own_after_a_while_and_expire_later()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var id = (await sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/users/create_or_update_many", new { users = new[] { new { name = "A", external_id = "a" } } }))
            .Json.GetProperty("job_status").GetProperty("id").GetString();

        sandbox.Clock.Advance(TimeSpan.FromSeconds(5));
        var completed = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{id}");
        sandbox.Clock.Advance(TimeSpan.FromHours(2));
        var expired = await sandbox.ZendeskAsync(HttpMethod.Get, $"api/v2/job_statuses/{id}");

        Assert.Equal("completed", completed.Json.GetProperty("job_status").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, expired.Status);
    }
}

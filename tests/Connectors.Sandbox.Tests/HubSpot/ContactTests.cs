using System.Net;
using static Connectors.Sandbox.Tests.HubSpot.HubSpotCalls;

namespace Connectors.Sandbox.Tests.HubSpot;

public sealed class ContactTests
{
    [Fact]
    public async Task Batch_upsert_creates_then_updates_one_contact_per_email()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var created = await sandbox.UpsertContactsAsync(
            Contact("Jane@Example.com", new { firstname = "Jane", phone = "+4915112345678" }),
            Contact("li@example.org", new { firstname = "Li" }));
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("COMPLETE", created.Json.GetProperty("status").GetString());
        var results = created.Json.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.True(results[0].GetProperty("new").GetBoolean());
        Assert.Equal("jane@example.com", results[0].GetProperty("properties").GetProperty("email").GetString());

        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        var updated = await sandbox.UpsertContactsAsync(Contact("jane@example.com", new { lastname = "Doe" }));
        var again = updated.Json.GetProperty("results")[0];
        Assert.False(again.GetProperty("new").GetBoolean());
        Assert.Equal(results[0].GetProperty("id").GetString(), again.GetProperty("id").GetString());

        var hubspot = sandbox.Server.HubSpot;
        Assert.Equal(2, hubspot.Contacts.Count);
        var jane = hubspot.Store.FindContactByEmail("JANE@example.com")!;
        Assert.Equal(("Jane", "Doe", "+4915112345678"), (jane["firstname"], jane["lastname"], jane["phone"]));
        Assert.Equal("2025-06-01T12:00:01.000Z", jane["lastmodifieddate"]);
    }

    [Fact]
    public async Task An_invalid_email_fails_only_its_input_with_a_207()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var answer = await sandbox.UpsertContactsAsync(
            Contact("ok@example.com"),
            new { idProperty = "email", id = "not-an-email", objectWriteTraceId = "t2", properties = new { } });

        Assert.Equal(HttpStatusCode.MultiStatus, answer.Status);
        Assert.Equal(1, answer.Json.GetProperty("numErrors").GetInt32());
        var error = answer.Json.GetProperty("errors")[0];
        Assert.Equal("VALIDATION_ERROR", error.GetProperty("category").GetString());
        Assert.Contains("Email address not-an-email is invalid", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("not-an-email", error.GetProperty("context").GetProperty("ids")[0].GetString());
        Assert.Equal("t2", error.GetProperty("context").GetProperty("objectWriteTraceId")[0].GetString());
        Assert.Equal("INVALID_EMAIL", error.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Single(sandbox.Server.HubSpot.Contacts);
    }

    [Fact]
    public async Task Whole_batches_are_refused_for_duplicates_unknown_properties_size_and_a_non_unique_id_property()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var duplicate = await sandbox.UpsertContactsAsync(Contact("a@example.com"), Contact("A@example.com"));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
        Assert.Contains("Duplicate IDs found in batch input", duplicate.Message, StringComparison.Ordinal);

        var unknown = await sandbox.UpsertContactsAsync(Contact("a@example.com", new { favourite_colour = "red" }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("VALIDATION_ERROR", unknown.Category);
        Assert.Contains("Property \\\"favourite_colour\\\" does not exist", unknown.Message, StringComparison.Ordinal);

        var tooMany = await sandbox.UpsertContactsAsync([.. Enumerable.Range(0, 101).Select(i => Contact($"p{i}@example.com"))]);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);

        var byName = await sandbox.UpsertContactsAsync(new { idProperty = "firstname", id = "Jane", properties = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, byName.Status);
        Assert.Contains("non-unique 0-1 property firstname", byName.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Server.HubSpot.Contacts);
    }

    [Fact]
    public async Task Contacts_are_read_by_id_by_email_in_batches_and_by_search()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.PostAsync("crm/v3/properties/contacts", new { name = "connectors_customer_id", label = "Customer id", type = "string", fieldType = "text", groupName = "contactinformation" });
        var upsert = await sandbox.UpsertContactsAsync(
            Contact("jane@example.com", new { firstname = "Jane", connectors_customer_id = "17" }),
            Contact("li@example.org", new { firstname = "Li", connectors_customer_id = "18" }));
        var janeId = upsert.Json.GetProperty("results")[0].GetProperty("id").GetString();

        var byId = await sandbox.HubSpotAsync(HttpMethod.Get, $"crm/v3/objects/contacts/{janeId}?properties=firstname,phone");
        Assert.Equal("Jane", byId.Json.GetProperty("properties").GetProperty("firstname").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byId.Json.GetProperty("properties").GetProperty("phone").ValueKind);
        var byEmail = await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/objects/contacts/JANE@example.com?idProperty=email");
        Assert.Equal(janeId, byEmail.Json.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/objects/contacts/999")).Status);

        var read = await sandbox.PostAsync("crm/v3/objects/contacts/batch/read",
            new { idProperty = "email", properties = new[] { "firstname" }, inputs = new[] { new { id = "li@example.org" }, new { id = "nobody@example.com" } } });
        Assert.Equal(HttpStatusCode.MultiStatus, read.Status);
        Assert.Equal("Li", read.Json.GetProperty("results")[0].GetProperty("properties").GetProperty("firstname").GetString());
        Assert.Equal("OBJECT_NOT_FOUND", read.Json.GetProperty("errors")[0].GetProperty("category").GetString());

        var search = await sandbox.PostAsync("crm/v3/objects/contacts/search", new
        {
            filterGroups = new[] { new { filters = new[] { new { propertyName = "email", @operator = "EQ", value = "LI@example.org" } } } },
            properties = new[] { "email", "connectors_customer_id" },
        });
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal(1, search.Json.GetProperty("total").GetInt32());
        Assert.Equal("18", search.Json.GetProperty("results")[0].GetProperty("properties").GetProperty("connectors_customer_id").GetString());
        Assert.Null(search.Header("X-HubSpot-RateLimit-Remaining"));

        var byCustom = await sandbox.PostAsync("crm/v3/objects/contacts/search", new
        {
            filterGroups = new[] { new { filters = new[] { new { propertyName = "connectors_customer_id", @operator = "IN", values = new[] { "17", "18" } } } } },
            limit = 1,
        });
        Assert.Equal(2, byCustom.Json.GetProperty("total").GetInt32());
        Assert.Equal("1", byCustom.Json.GetProperty("paging").GetProperty("next").GetProperty("after").GetString());
    }

    [Fact]
    public async Task Creating_a_contact_with_a_taken_email_is_a_conflict_naming_the_existing_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var first = await sandbox.PostAsync("crm/v3/objects/contacts", new { properties = new { email = "jane@example.com" } });
        Assert.Equal(HttpStatusCode.Created, first.Status);
        var second = await sandbox.PostAsync("crm/v3/objects/contacts", new { properties = new { email = "Jane@example.com" } });
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("CONFLICT", second.Category);
        Assert.Equal($"Contact already exists. Existing ID: {first.Json.GetProperty("id").GetString()}", second.Message);
    }
}

using System.Net;
using Connectors.Sandbox.HubSpot.Data;
using static Connectors.Sandbox.Tests.HubSpot.HubSpotCalls;

namespace Connectors.Sandbox.Tests.HubSpot;

public sealed class NoteTests
{
    [Fact]
    public async Task Notes_are_associated_to_their_contact_and_unique_keys_conflict_with_the_existing_id()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        Assert.Equal(HttpStatusCode.Created, (await sandbox.DefineNoteKeyAsync()).Status);
        var contactId = (await sandbox.UpsertContactsAsync(Contact("jane@example.com"))).Json.GetProperty("results")[0].GetProperty("id").GetString()!;

        var created = await sandbox.PostAsync("crm/v3/objects/notes", Note("crm:feedback:1", contactId));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var noteId = created.Json.GetProperty("id").GetString()!;
        Assert.Equal("2025-05-01T10:00:00.000Z", created.Json.GetProperty("properties").GetProperty("hs_timestamp").GetString());

        var duplicate = await sandbox.PostAsync("crm/v3/objects/notes", Note("crm:feedback:1", contactId, "again"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("CONFLICT", duplicate.Category);
        Assert.Equal($"Note already exists. Existing ID: {noteId}", duplicate.Message);

        var note = Assert.Single(sandbox.Server.HubSpot.Notes);
        Assert.Equal("Great shoes", note["hs_note_body"]);
        Assert.Equal(new HubSpotAssociation("contacts", contactId, "HUBSPOT_DEFINED", 202), Assert.Single(note.Associations));
        var read = await sandbox.HubSpotAsync(HttpMethod.Get, $"crm/v3/objects/notes/{noteId}?associations=contacts&properties=connectors_key");
        Assert.Equal(contactId, read.Json.GetProperty("associations").GetProperty("contacts").GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Batch_create_is_all_or_nothing_and_notes_are_found_and_patched_by_their_key()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.DefineNoteKeyAsync();
        var contactId = (await sandbox.UpsertContactsAsync(Contact("jane@example.com"))).Json.GetProperty("results")[0].GetProperty("id").GetString()!;
        var batch = await sandbox.PostAsync("crm/v3/objects/notes/batch/create", new { inputs = new[] { Note("k1", contactId), Note("k2", contactId) } });
        Assert.Equal(HttpStatusCode.Created, batch.Status);
        Assert.Equal(2, batch.Json.GetProperty("results").GetArrayLength());

        var conflict = await sandbox.PostAsync("crm/v3/objects/notes/batch/create", new { inputs = new[] { Note("k3", contactId), Note("k2", contactId) } });
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(2, sandbox.Server.HubSpot.Notes.Count);

        var search = await sandbox.PostAsync("crm/v3/objects/notes/search", new
        {
            filterGroups = new[] { new { filters = new[] { new { propertyName = "connectors_key", @operator = "EQ", value = "k2" } } } },
            properties = new[] { "connectors_key" },
        });
        var id = search.Json.GetProperty("results")[0].GetProperty("id").GetString();
        var patched = await sandbox.HubSpotAsync(HttpMethod.Patch, $"crm/v3/objects/notes/{id}", new { properties = new { hs_note_body = "Edited" } });
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Edited", sandbox.Server.HubSpot.Store.Get("notes", id!)!["hs_note_body"]);
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.HubSpotAsync(HttpMethod.Patch, "crm/v3/objects/notes/1", new { properties = new { hs_note_body = "x" } })).Status);
    }

    [Fact]
    public async Task Notes_need_a_timestamp_and_an_existing_contact()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.DefineNoteKeyAsync();
        var noTime = await sandbox.PostAsync("crm/v3/objects/notes", new { properties = new { hs_note_body = "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, noTime.Status);
        Assert.Contains("hs_timestamp is required", noTime.Message, StringComparison.Ordinal);

        var noContact = await sandbox.PostAsync("crm/v3/objects/notes", Note("k", "424242"));
        Assert.Equal(HttpStatusCode.BadRequest, noContact.Status);
        Assert.Contains("contact 424242 does not exist", noContact.Message, StringComparison.Ordinal);
        Assert.Empty(sandbox.Server.HubSpot.Notes);
    }

    [Fact]
    public async Task Custom_properties_are_created_once_listed_and_read()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        var again = await sandbox.DefineNoteKeyAsync();
        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.True(again.Json.GetProperty("hasUniqueValue").GetBoolean());
        var exists = await sandbox.DefineNoteKeyAsync();
        Assert.Equal(HttpStatusCode.Conflict, exists.Status);
        Assert.Equal("Property named 'connectors_key' already exists.", exists.Message);

        var one = await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/notes/connectors_key");
        Assert.Equal("string", one.Json.GetProperty("type").GetString());
        var all = await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/contacts");
        Assert.Contains(all.Json.GetProperty("results").EnumerateArray(), p => p.GetProperty("name").GetString() == "hs_legal_basis");
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/notes/nope")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await sandbox.HubSpotAsync(HttpMethod.Get, "crm/v3/properties/widgets")).Status);
    }
}

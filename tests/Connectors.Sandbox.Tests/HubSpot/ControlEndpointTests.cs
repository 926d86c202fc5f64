using System.Net;
using static Connectors.Sandbox.Tests.HubSpot.HubSpotCalls;

namespace Connectors.Sandbox.Tests.HubSpot;

public sealed class ControlEndpointTests
{
    [Fact]
    public async Task Contacts_notes_received_requests_settings_and_limits_are_served_under_sandbox_hubspot()
    {
        await using var sandbox = await SandboxHarness.StartAsync(customers: 0);
        await sandbox.DefineNoteKeyAsync();
        var contactId = (await sandbox.UpsertContactsAsync(Contact("jane@example.com"))).Json.GetProperty("results")[0].GetProperty("id").GetString()!;
        await sandbox.PostAsync("crm/v3/objects/notes", Note("k1", contactId));

        var contacts = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/contacts");
        Assert.Equal("jane@example.com", contacts[0].GetProperty("properties").GetProperty("email").GetString());
        var notes = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/notes");
        Assert.Equal(contactId, notes[0].GetProperty("associations")[0].GetProperty("toId").GetString());
        await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/contacts/" + contactId);
        await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/notes/1", expected: HttpStatusCode.NotFound);

        var received = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/received");
        Assert.Equal(3, received.GetArrayLength());
        Assert.Equal("/crm/v3/objects/contacts/batch/upsert", received[1].GetProperty("path").GetString());
        Assert.Equal("jane@example.com", received[1].GetProperty("body").GetProperty("inputs")[0].GetProperty("id").GetString());
        Assert.DoesNotContain(sandbox.Server.HubSpot.AccessToken, received.GetRawText(), StringComparison.Ordinal);

        var settings = await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/hubspot/settings", new { requestsPerWindow = 190 });
        Assert.Equal(190, settings.GetProperty("requestsPerWindow").GetInt32());
        await sandbox.ControlAsync(HttpMethod.Patch, "_sandbox/hubspot/settings", new { windowMilliseconds = 0 }, HttpStatusCode.BadRequest);
        var limits = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox/hubspot/limits");
        Assert.Equal(3, limits.GetProperty("usedInWindow").GetInt32());

        await sandbox.ControlAsync(HttpMethod.Delete, "_sandbox/hubspot/data", expected: HttpStatusCode.NoContent);
        Assert.Empty(sandbox.Server.HubSpot.Contacts);
        Assert.NotNull(sandbox.Server.HubSpot.Store.Property("notes", "connectors_key"));
        var root = await sandbox.ControlAsync(HttpMethod.Get, "_sandbox");
        Assert.Equal(sandbox.Server.HubSpot.AccessToken, root.GetProperty("vendors").GetProperty("hubspot").GetProperty("accessToken").GetString());
    }
}

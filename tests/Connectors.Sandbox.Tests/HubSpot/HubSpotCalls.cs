using System.Text;
using System.Text.Json;
using Connectors.Sandbox.HubSpot;

namespace Connectors.Sandbox.Tests.HubSpot;

/// <summary>Sends HubSpot API requests to the sandbox with the default private-app token.</summary>
internal static class HubSpotCalls
{
    public static async Task<HubSpotAnswer> HubSpotAsync(this SandboxHarness sandbox, HttpMethod method, string path, object? body = null, string? token = HubSpotDefaults.AccessToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body, SandboxJsonForTests.Options);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        }

        using var response = await sandbox.Http.SendAsync(request);
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        return new HubSpotAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(), headers);
    }

    public static Task<HubSpotAnswer> PostAsync(this SandboxHarness sandbox, string path, object body) => sandbox.HubSpotAsync(HttpMethod.Post, path, body);

    public static Task<HubSpotAnswer> UpsertContactsAsync(this SandboxHarness sandbox, params object[] inputs) =>
        sandbox.PostAsync("crm/v3/objects/contacts/batch/upsert", new { inputs });

    public static object Contact(string email, object? properties = null) => new { idProperty = "email", id = email, properties = properties ?? new { } };

    /// <summary>Creates the custom property the note tests key on.</summary>
    public static Task<HubSpotAnswer> DefineNoteKeyAsync(this SandboxHarness sandbox) =>
        sandbox.PostAsync("crm/v3/properties/notes", new
        {
            name = "connectors_key", label = "Connectors key", type = "string", fieldType = "text", groupName = "engagement", hasUniqueValue = true,
        });

    public static object Note(string key, string contactId, string body = "Great shoes") => new
    {
        properties = new { hs_timestamp = "2025-05-01T10:00:00Z", hs_note_body = body, connectors_key = key },
        associations = new[]
        {
            new { to = new { id = contactId }, types = new[] { new { associationCategory = "HUBSPOT_DEFINED", associationTypeId = 202 } } },
        },
    };
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Zendesk;

namespace Connectors.Sandbox.Tests.Zendesk;

/// <summary>Calls the Zendesk emulator of a <see cref="SandboxHarness"/> with the sandbox agent's API token.</summary>
internal static class ZendeskTestClient
{
    public static readonly string Auth = ZendeskDefaults.BasicAuthorization(ZendeskDefaults.Email, ZendeskDefaults.ApiToken);

    public static ZendeskEmulator Zendesk(this SandboxHarness sandbox) => ZendeskEmulator.Of(sandbox.Server);

    public static async Task<ZendeskCall> ZendeskAsync(
        this SandboxHarness sandbox, HttpMethod method, string path, object? body = null, string? idempotencyKey = null, string? auth = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        var header = auth ?? Auth;
        if (header.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await sandbox.Http.SendAsync(request);
        return new ZendeskCall(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);
    }

    public static Task<ZendeskCall> CreateTicketAsync(this SandboxHarness sandbox, object ticket, string? idempotencyKey = null) =>
        sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/tickets", new { ticket }, idempotencyKey);

    public static Task<ZendeskCall> UpsertUserAsync(this SandboxHarness sandbox, object user) =>
        sandbox.ZendeskAsync(HttpMethod.Post, "api/v2/users/create_or_update", new { user });

    public static AuthenticationHeaderValue Basic(string email, string token) =>
        AuthenticationHeaderValue.Parse(ZendeskDefaults.BasicAuthorization(email, token));
}

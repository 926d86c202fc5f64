using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Sandbox.Webhook;

namespace Connectors.Sandbox.Tests.Webhook;

/// <summary>Posts to the webhook receiver of a <see cref="SandboxHarness"/> as a Connectors webhook sink would.</summary>
internal static class WebhookTestClient
{
    public static WebhookEmulator Webhook(this SandboxHarness sandbox) => WebhookEmulator.Of(sandbox.Server);

    /// <summary>The signature a sink computes: <c>sha256=</c> + hex HMAC-SHA256(secret, "{timestamp}.{body}").</summary>
    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    /// <summary>
    /// POSTs <paramref name="body"/> to <paramref name="path"/>, signed with <paramref name="secret"/> (the sandbox's by default; null
    /// sends no signature) at <paramref name="timestamp"/> (the sandbox clock's now by default).
    /// </summary>
    public static async Task<WebhookCall> PostAsync(
        this SandboxHarness sandbox, string path, string body, string? delivery = "d-1", string? secret = WebhookDefaults.Secret, long? timestamp = null)
    {
        var at = timestamp ?? sandbox.Clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Connectors-Timestamp", at.ToString(CultureInfo.InvariantCulture));
        if (delivery is not null)
        {
            request.Headers.Add("X-Connectors-Delivery", delivery);
        }

        if (secret is not null)
        {
            request.Headers.Add("X-Connectors-Signature", Sign(secret, at, body));
        }

        using var response = await sandbox.Http.SendAsync(request);
        return new WebhookCall(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Meta;

namespace Connectors.Sandbox.Tests.Meta;

/// <summary>A sandbox whose Meta emulator delivers to a receiver quickly (short timeout and backoff), and Graph calls.</summary>
internal static class MetaSandbox
{
    public const string Graph = "graph/v25.0/";

    public static Task<SandboxHarness> StartAsync(MetaReceiver? receiver = null, Func<MetaKnobs, MetaKnobs>? knobs = null, Action<SandboxOptions>? configure = null) =>
        SandboxHarness.StartAsync(120, options =>
        {
            var start = options.Meta.Knobs with { CallbackUrl = receiver?.Url.ToString(), DeliveryTimeoutMilliseconds = 1000, RetryBackoffMilliseconds = 20, MaxDeliveryAttempts = 4 };
            options.Meta.Knobs = knobs is null ? start : knobs(start);
            configure?.Invoke(options);
        });

    public static MetaEmulator Meta(this SandboxHarness sandbox) => MetaEmulator.Of(sandbox.Server);

    public static async Task<GraphAnswer> GetAsync(this SandboxHarness sandbox, string pathAndQuery, string? token = MetaDefaults.AccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery.StartsWith("http", StringComparison.Ordinal) ? pathAndQuery : Graph + pathAndQuery);
        return await SendAsync(sandbox, request, token);
    }

    public static async Task<GraphAnswer> PostAsync(this SandboxHarness sandbox, string path, object body, string? token = MetaDefaults.AccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Graph + path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(sandbox, request, token);
    }

    private static async Task<GraphAnswer> SendAsync(SandboxHarness sandbox, HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await sandbox.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphAnswer(response.StatusCode, text, response.Headers);
    }
}

/// <summary>A Graph answer: status, body text, headers.</summary>
internal sealed record GraphAnswer(HttpStatusCode Status, string Text, HttpResponseHeaders Headers)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    public int ErrorCode => Json.GetProperty("error").GetProperty("code").GetInt32();

    public int? ErrorSubcode => Json.GetProperty("error").TryGetProperty("error_subcode", out var s) ? s.GetInt32() : null;
}

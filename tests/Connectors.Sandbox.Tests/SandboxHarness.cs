using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Shopify;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Sandbox.Tests;

/// <summary>An in-process sandbox on a loopback port with a fake clock, and an HTTP client that talks to it.</summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private SandboxHarness(SandboxServer server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
        Http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SandboxServer Server { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public ShopifyEmulator Shopify => Server.Shopify;

    public static async Task<SandboxHarness> StartAsync(int customers = 120, Action<SandboxOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(Start);
        var options = new SandboxOptions { Customers = customers, TimeProvider = clock };
        configure?.Invoke(options);
        return new SandboxHarness(await SandboxServer.StartAsync(options, CancellationToken.None), clock);
    }

    /// <summary>POSTs a GraphQL request with the seeded shop's token and parses the answer.</summary>
    public async Task<GraphQLAnswer> QueryAsync(string query, object? variables = null, string? token = null, string version = "2025-01")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"admin/api/{version}/graphql.json")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Add("X-Shopify-Access-Token", token ?? ShopifyDefaults.AccessToken);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer(response.StatusCode, body, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentLength);
    }

    public async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, SandboxJsonForTests.Options), Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{method} {path}: expected {expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}

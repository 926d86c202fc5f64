using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>An in-test plugin (id <c>signed</c>) whose connector takes HMAC-signed JSON deliveries of one review each.</summary>
internal sealed class SignedWebhookPlugin : IConnectorPlugin
{
    public const string Secret = "whsec_test_0123456789";

    public PluginManifest Manifest { get; } = new("signed", "Signed webhook test source", new Version(1, 0), PluginKind.Source,
        PluginCapabilities.Webhooks, typeof(ScriptedOptions));

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context) => new Source();

    public static string Sign(string body) => Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));

    public const string VerifyToken = "verify-me";

    private sealed class Source : ISourceConnector, IWebhookSource, IWebhookChallenge
    {
        public string? Answer(IReadOnlyDictionary<string, string> query) =>
            query.GetValueOrDefault("hub.mode") == "subscribe"
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(query.GetValueOrDefault("hub.verify_token") ?? ""), Encoding.UTF8.GetBytes(VerifyToken))
                ? query.GetValueOrDefault("hub.challenge")
                : null;

        public IReadOnlyList<string> Streams => ["reviews"];

        public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(CheckResult.Success("ok"));

        public async IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }

        public bool Verify(WebhookRequest request) =>
            request.Headers.TryGetValue("X-Signature", out var given)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(Sign(Encoding.UTF8.GetString(request.Body.Span))));

        public string? DeliveryId(WebhookRequest request) => request.Headers.GetValueOrDefault("X-Delivery");

        public SourceBatch Parse(WebhookRequest request)
        {
            using var json = JsonDocument.Parse(request.Body);
            var id = json.RootElement.GetProperty("id").GetString()!;
            return new SourceBatch
            {
                Customers = [new CustomerRecord { SourceId = "u-" + id, Channel = "test", Email = json.RootElement.GetProperty("email").GetString() }],
                Feedback = [Records.Feedback(id, "u-" + id, json.RootElement.GetProperty("text").GetString()!)],
            };
        }
    }
}

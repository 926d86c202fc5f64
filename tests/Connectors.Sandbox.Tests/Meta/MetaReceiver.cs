using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Connectors.Sandbox.Meta;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Sandbox.Tests.Meta;

/// <summary>
/// A loopback callback as an app would run it: answers the verification handshake, checks X-Hub-Signature-256 over the
/// raw body with the app secret, stores each message id once, and answers as the test says (status, delay).
/// </summary>
internal sealed class MetaReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Delivery> _deliveries = Channel.CreateUnbounded<Delivery>();
    private readonly ConcurrentDictionary<string, int> _stored = new(StringComparer.Ordinal);
    private int _posts;

    private MetaReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>The answer to POST number n (1-based): status and delay in milliseconds.</summary>
    public Func<int, (int Status, int DelayMs)> Answer { get; set; } = _ => (200, 0);

    public string AppSecret { get; set; } = MetaDefaults.AppSecret;

    public string VerifyToken { get; set; } = MetaDefaults.VerifyToken;

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>Message ids stored from verified deliveries that were answered 2xx, with how often each arrived.</summary>
    public IReadOnlyDictionary<string, int> Stored => _stored;

    public static async Task<MetaReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new MetaReceiver(app);
        app.MapGet("/meta", (HttpContext http) =>
            http.Request.Query["hub.mode"] == "subscribe" && http.Request.Query["hub.verify_token"] == receiver.VerifyToken
                ? Results.Text(http.Request.Query["hub.challenge"].ToString(), "text/plain")
                : Results.StatusCode(403));
        app.MapPost("/meta", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var n = Interlocked.Increment(ref receiver._posts);
            var (status, delay) = receiver.Answer(n);
            var verified = Verify(body, headers.GetValueOrDefault("X-Hub-Signature-256"), receiver.AppSecret);
            await receiver._deliveries.Writer.WriteAsync(new Delivery(body, headers, verified, status));
            if (delay > 0)
            {
                await Task.Delay(delay);
            }

            if (!verified)
            {
                return Results.StatusCode(403);
            }

            if (status is >= 200 and < 300)
            {
                foreach (var id in MessageIds(body))
                {
                    receiver._stored.AddOrUpdate(id, 1, (_, c) => c + 1);
                }
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/meta");
        return receiver;
    }

    public static bool Verify(byte[] body, string? header, string secret)
    {
        if (header is null || !header.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header["sha256=".Length..]));
    }

    /// <summary>The message ids a body reports: mids of messaging events, WhatsApp message ids (statuses are not messages).</summary>
    public static IEnumerable<string> MessageIds(byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var ids = new List<string>();
        foreach (var entry in doc.RootElement.GetProperty("entry").EnumerateArray())
        {
            if (entry.TryGetProperty("messaging", out var messaging))
            {
                ids.AddRange(messaging.EnumerateArray().Select(m => m.GetProperty("message").GetProperty("mid").GetString()!));
            }

            foreach (var change in entry.TryGetProperty("changes", out var changes) ? changes.EnumerateArray() : default)
            {
                if (change.GetProperty("value").TryGetProperty("messages", out var messages))
                {
                    ids.AddRange(messages.EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
                }
            }
        }

        return ids;
    }

    public async Task<Delivery> NextAsync(int timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await _deliveries.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Every delivery received so far, without waiting.</summary>
    public List<Delivery> Drain()
    {
        var all = new List<Delivery>();
        while (_deliveries.Reader.TryRead(out var d))
        {
            all.Add(d);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record Delivery(byte[] Body, IReadOnlyDictionary<string, string> Headers, bool Verified, int AnsweredStatus)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}

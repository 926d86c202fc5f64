using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ContosoConnector.Tests;

/// <summary>
/// A small fake of the API on loopback, so the tests need no network: <c>GET /me</c>, <c>GET /reviews?limit=&amp;after=</c>
/// (seven reviews, oldest first) and <c>POST /tickets</c> (one ticket per <c>Idempotency-Key</c>)
#if (authApiKey)
/// for the <c>X-Api-Key</c> <see cref="ApiKey"/>.
#elif (authOAuth)
/// for a bearer token that <c>POST /oauth/token</c> gives <see cref="ClientId"/> and <see cref="ClientSecret"/> (client credentials).
#else
/// for anyone.
#endif
/// Replace it with your vendor's shapes as you write the client.
/// </summary>
public sealed class FakeContosoConnectorApi : IAsyncDisposable
{
#if (authApiKey)
    public const string ApiKey = "test-key-0123456789";
#elif (authOAuth)
    public const string ClientId = "test-client";
    public const string ClientSecret = "test-secret-0123456789";
#endif

    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, string> _tickets = new(StringComparer.Ordinal);
#if (authOAuth)
    private readonly ConcurrentDictionary<string, bool> _tokens = new(StringComparer.Ordinal);
#endif
    private readonly Task _loop;

    private FakeContosoConnectorApi(int port)
    {
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }

    public int TicketCount => _tickets.Count;

    /// <summary>Starts the fake on <paramref name="port"/> of 127.0.0.1, or on a free port when it is 0 (the tests).</summary>
    public static Task<FakeContosoConnectorApi> StartAsync(int port = 0)
    {
        if (port == 0)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }

        return Task.FromResult(new FakeContosoConnectorApi(port));
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // The listener stopped while waiting for a request: that is how the loop ends.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
#if (authOAuth)
        if ((request.HttpMethod, request.Url!.AbsolutePath) == ("POST", "/oauth/token"))
        {
            Write(response, IssueToken(request));
            return;
        }

#endif
        var (status, body) = !Authorized(request)
            ? (401, (object)new { error = "unauthorized" })
            : (request.HttpMethod, request.Url!.AbsolutePath) switch
            {
                ("GET", "/me") => (200, (object)new { name = "test account" }),
                ("GET", "/reviews") => (200, (object)Reviews(request.QueryString["after"], int.Parse(request.QueryString["limit"] ?? "100", CultureInfo.InvariantCulture))),
                ("POST", "/tickets") => (200, (object)new { id = _tickets.GetOrAdd(request.Headers["Idempotency-Key"] ?? Guid.NewGuid().ToString(), _ => $"t-{_tickets.Count + 1}") }),
                _ => (404, (object)new { error = "not found" }),
            };
        Write(response, (status, body));
    }

    private static void Write(HttpListenerResponse response, (int Status, object Body) answer)
    {
        response.StatusCode = answer.Status;
        response.ContentType = "application/json";
        var bytes = JsonSerializer.SerializeToUtf8Bytes(answer.Body, JsonSerializerOptions.Web);
        response.OutputStream.Write(bytes);
        response.Close();
    }
#if (authApiKey)

    private static bool Authorized(HttpListenerRequest request) => request.Headers["X-Api-Key"] == ApiKey;
#elif (authOAuth)

    private bool Authorized(HttpListenerRequest request) =>
        request.Headers["Authorization"] is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && _tokens.ContainsKey(header["Bearer ".Length..]);

    /// <summary>RFC 6749 4.4: client credentials as HTTP Basic, <c>grant_type=client_credentials</c> in the form.</summary>
    private (int, object) IssueToken(HttpListenerRequest request)
    {
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        using var reader = new StreamReader(request.InputStream);
        var form = reader.ReadToEnd();
        if (request.Headers["Authorization"] != expected || form != "grant_type=client_credentials")
        {
            return (401, new { error = "invalid_client" });
        }

        var token = $"tok-{Guid.NewGuid():N}";
        _tokens[token] = true;
        return (200, new { access_token = token, token_type = "Bearer", expires_in = 3600 });
    }
#else

    private static bool Authorized(HttpListenerRequest request) => request is not null;
#endif

    private static object Reviews(string? after, int limit)
    {
        var all = Enumerable.Range(1, 7).Select(i => new
        {
            id = $"r-{i}",
            email = $"buyer{i % 3}@example.com",
            name = $"Buyer {i % 3}",
            stars = 1 + (i % 5),
            text = $"Review {i}",
            createdAt = Epoch.AddDays(i),
        }).ToList();
        var start = after is null ? 0 : all.FindIndex(r => r.id == after) + 1;
        var items = all.Skip(start).Take(limit).ToList();
        var next = start + items.Count < all.Count && items.Count > 0 ? items[^1].id : null;
        return new { items, next };
    }
}

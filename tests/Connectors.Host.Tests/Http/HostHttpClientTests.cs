using System.Net;
using Connectors.Abstractions;
using Connectors.Host.Tests.Support;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Host.Tests.Http;

/// <summary>
/// The HTTP client the host lends connectors, against a real HTTP server on loopback: it retries what the plugins
/// leave to it and keeps out of what they pace themselves.
/// </summary>
public sealed class HostHttpClientTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingLogger _log = new();
    private readonly ServiceProvider _services;
    private ScriptedServer? _server;

    public HostHttpClientTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddLogging(logging => logging.AddProvider(new RecordingProvider(_log)));
        services.AddConnectorsHttp();
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await _services.DisposeAsync();
    }

    private HttpClient Client() => _services.GetRequiredService<IHttpClientFactory>().CreateClient("connector:test");

    private async Task<ScriptedServer> ServerAsync() => _server = await ScriptedServer.StartAsync();

    [Fact]
    public async Task A_safe_request_is_retried_after_a_server_error()
    {
        var server = (await ServerAsync()).Then(503, ("Retry-After", "0"));

        using var response = await Client().GetAsync(new Uri(server.BaseUrl, "reviews"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_retry_waits_as_long_as_retry_after_says()
    {
        var server = (await ServerAsync()).Then(503, ("Retry-After", "7"));

        var pending = Client().GetAsync(new Uri(server.BaseUrl, "reviews"));
        var retry = await WhenLoggedAsync("the host retries it");

        Assert.Contains("in 7 s", retry, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        _time.Advance(TimeSpan.FromSeconds(7));
        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData(429, "1")]     // the plugin paces itself to the vendor's budget: a retry would spend it
    [InlineData(503, "120")]   // a long wait is the plugin's to wait out or hand back to the outbox
    public async Task The_answer_goes_back_to_the_plugin_at_once(int status, string retryAfter)
    {
        var server = (await ServerAsync()).Then(status, ("Retry-After", retryAfter));

        using var response = await Client().GetAsync(new Uri(server.BaseUrl, "reviews"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(retryAfter, response.Headers.GetValues("Retry-After").Single());
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task An_unsafe_request_is_never_repeated_by_the_host()
    {
        var server = (await ServerAsync()).Then(503, ("Retry-After", "0"));

        using var response = await Client().PostAsync(new Uri(server.BaseUrl, "tickets"), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_request_the_plugin_retries_itself_is_not_retried()
    {
        var server = (await ServerAsync()).Then(503, ("Retry-After", "0"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "reviews"));
        request.Options.Set(HostHttp.OwnRetries, true);

        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task A_failing_host_opens_its_circuit_and_other_hosts_are_still_called()
    {
        var failing = await ServerAsync();
        await using var healthy = await ScriptedServer.StartAsync();
        var client = Client();
        for (var i = 0; i < 10; i++)
        {
            failing.Then(500);
            using var failed = await client.PostAsync(new Uri(failing.BaseUrl, "tickets"), new StringContent("{}"));
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(failing.BaseUrl, "reviews")));

        Assert.Contains("circuit open", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, failing.Requests);
        using var other = await client.GetAsync(new Uri(healthy.BaseUrl, "reviews"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_hung_attempt_times_out_as_a_plain_client_would()
    {
        var server = (await ServerAsync()).ThenHang();

        var pending = Client().PostAsync(new Uri(server.BaseUrl, "tickets"), new StringContent("{}"));
        await WhenAsync(() => server.Requests == 1);
        _time.Advance(TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsType<TimeoutException>(error.InnerException);
    }

    private async Task<string> WhenLoggedAsync(string text)
    {
        await WhenAsync(() => _log.Entries.Any(e => e.Message.Contains(text, StringComparison.Ordinal)));
        return _log.Entries.First(e => e.Message.Contains(text, StringComparison.Ordinal)).Message;
    }

    /// <summary>Waits for something the test cannot await directly; the bound only keeps a broken build from hanging.</summary>
    private static async Task WhenAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the expected state was not reached within 30 s");
    }

    private sealed class RecordingProvider(RecordingLogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}

using System.Net;
using System.Text;
using Connectors.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Host.Tests.Web;

/// <summary>Webhooks over real HTTP on loopback into the running host.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new();
    private IHost _host = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    public async Task InitializeAsync()
    {
        var config = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/store.db" }, "web": { "urls": "http://127.0.0.1:0" },
              "connectors": [ { "name": "hooks", "plugin": "signed" }, { "name": "surveys", "plugin": "scripted" } ] }
            """);
        _host = await TestHosts.StartAsync(
            TestHosts.Setup(config, TestHosts.Catalog(new SignedWebhookPlugin(), new ScriptedPlugin(new ScriptedSourceScript()))), HostFeatures.Web);
        await _host.StartAsync();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _http.BaseAddress = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public void Dispose()
    {
        _http.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public async Task The_vendors_check_of_the_callback_url_is_answered_by_the_plugin_and_a_wrong_token_refused()
    {
        var ok = await _http.GetAsync($"/webhooks/hooks?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token={SignedWebhookPlugin.VerifyToken}");
        var wrong = await _http.GetAsync("/webhooks/hooks?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess");
        var notAWebhook = await _http.GetAsync($"/webhooks/surveys?hub.mode=subscribe&hub.challenge=1&hub.verify_token={SignedWebhookPlugin.VerifyToken}");
        var unknown = await _http.GetAsync("/webhooks/nobody?hub.mode=subscribe&hub.challenge=1&hub.verify_token=x");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (wrong.StatusCode, notAWebhook.StatusCode, unknown.StatusCode));
    }

    private Task<HttpResponseMessage> Post(string connector, string body, string? signature, string? delivery)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connector}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("x-signature", signature); // header names are matched without regard to case
        }

        if (delivery is not null)
        {
            request.Headers.Add("X-Delivery", delivery);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_delivery_is_stored_once_even_when_redelivered()
    {
        const string body = """{"id":"r1","email":"Ada@Example.com","text":"Arrived broken"}""";

        var first = await Post("hooks", body, SignedWebhookPlugin.Sign(body), "d-1");
        var again = await Post("hooks", body, SignedWebhookPlugin.Sign(body), "d-1");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"stored\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("\"duplicate\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback WHERE key = 'hooks:r1'"));
        Assert.Equal("ada@example.com", StoreQueries.Text(Db, "SELECT email FROM customers"));
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM webhook_deliveries"));
    }

    [Theory]
    [InlineData("forged")]
    [InlineData(null)]
    public async Task A_forged_or_unsigned_delivery_is_refused_and_nothing_is_stored(string? signature)
    {
        const string body = """{"id":"r2","email":"mallory@example.com","text":"free money"}""";

        var response = await Post("hooks", body, signature is null ? null : SignedWebhookPlugin.Sign(body + " "), "d-2");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM webhook_deliveries"));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("surveys")]
    public async Task Connectors_that_do_not_exist_or_take_no_webhooks_answer_404(string connector)
    {
        var response = await Post(connector, "{}", "x", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_health_probe_answers()
    {
        var response = await _http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

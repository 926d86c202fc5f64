using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Shopify.Tests.Support;

/// <summary>A source wired to a <see cref="FakeShopify"/> and a fake clock, as the host would create it.</summary>
internal sealed class ShopifyTestHost : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public ShopifyTestHost(Action<ShopifyOptions>? configure = null)
    {
        Time = new FakeTimeProvider(Start);
        Shopify = new FakeShopify(Time);
        Options = DefaultOptions();
        configure?.Invoke(Options);
        _http = new HttpClient(Shopify, disposeHandler: false);
        Context = new TestConnectorContext(Options, _services) { ConnectorName = "shop-test", HttpClient = _http, TimeProvider = Time };
        Source = (ShopifySource)new ShopifyPlugin().CreateConnector(Context);
    }

    private readonly ServiceProvider _services = PluginServices.For<ShopifyPlugin>();
    private readonly HttpClient _http;

    public FakeTimeProvider Time { get; }

    public FakeShopify Shopify { get; }

    public ShopifyOptions Options { get; }

    public TestConnectorContext Context { get; }

    public ShopifySource Source { get; }

    public static ShopifyOptions DefaultOptions() => new()
    {
        ShopDomain = "acme-eu.myshopify.com",
        AccessToken = "shpat_test",
        Endpoint = new Uri("http://127.0.0.1:5999"),
        WebhookSecret = "hush",
        PageSize = 2,
        BulkBatchSize = 2,
        BulkPollInterval = TimeSpan.FromSeconds(2),
    };

    public Task<List<Connectors.Abstractions.SourceBatch>> ReadAllAsync(string stream, string? checkpoint, TimeSpan? step = null) =>
        FakeClockDriver.ReadAllAsync(Time, Source, stream, checkpoint, step);

    public void Dispose()
    {
        _http.Dispose();
        _services.Dispose();
        Shopify.Dispose();
    }
}

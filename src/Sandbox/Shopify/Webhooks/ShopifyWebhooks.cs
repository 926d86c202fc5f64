using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>
/// Sends signed webhook deliveries for changes made through the control API, in order, one at a time,
/// with retries and optional redeliveries of the same webhook id; also sends arbitrary (forged) ones.
/// </summary>
public sealed class ShopifyWebhooks : IAsyncDisposable
{
    private static readonly ulong IdStream = SandboxHash.Stream("shopify/webhook-id");
    private readonly ShopifyEmulator _shopify;
    private readonly Channel<(WebhookSubscription Target, string Topic, byte[] Body)> _queue =
        Channel.CreateUnbounded<(WebhookSubscription, string, byte[])>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _pump;
    private ImmutableSubscriptions _subscriptions = new([]);
    private long _sequence;

    internal ShopifyWebhooks(ShopifyEmulator shopify)
    {
        _shopify = shopify;
        shopify.Store.Changed += OnChanged;
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The configured subscriptions.</summary>
    public IReadOnlyList<WebhookSubscription> Subscriptions => Volatile.Read(ref _subscriptions).Items;

    /// <summary>Every delivery attempt so far, oldest first.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>Deliveries queued and not yet attempted.</summary>
    public int Pending => _queue.Reader.Count;

    /// <summary>Adds a subscription.</summary>
    public void Subscribe(WebhookSubscription subscription)
    {
        ImmutableSubscriptions current, next;
        do
        {
            current = Volatile.Read(ref _subscriptions);
            next = new ImmutableSubscriptions([.. current.Items, subscription]);
        }
        while (Interlocked.CompareExchange(ref _subscriptions, next, current) != current);
    }

    /// <summary>Removes every subscription.</summary>
    public void Clear() => Volatile.Write(ref _subscriptions, new ImmutableSubscriptions([]));

    /// <summary>Sends one delivery now, exactly as asked (signature, secret and id may be forged), and logs it.</summary>
    public async Task<WebhookDelivery> SendAsync(WebhookSendRequest request, CancellationToken ct = default)
    {
        var subscriptions = Subscriptions;
        var subscription = subscriptions.Count > 0 ? subscriptions[0] : null;
        var url = request.Url ?? subscription?.Url ?? throw new InvalidOperationException("no url given and no webhook subscription configured");
        var body = request.Payload is { } payload
            ? Encoding.UTF8.GetBytes(payload.GetRawText())
            : WebhookPayloads.Customer(_shopify.Store.GetCustomer(ShopifyIds.CustomerIdBase)
                ?? new CustomerRecord { Id = ShopifyIds.CustomerIdBase, CreatedAt = _shopify.Clock.GetUtcNow(), UpdatedAt = _shopify.Clock.GetUtcNow() },
                _shopify.Options.Currency);
        var secret = request.Secret ?? subscription?.Secret ?? _shopify.Options.WebhookSecret;
        var target = new WebhookSubscription { Url = url, Secret = secret, ApiVersion = subscription?.ApiVersion ?? ShopifyDefaults.OldestVersion };
        var forged = request.Hmac is not null || request.Secret is not null || request.ShopDomain is not null;
        return await DeliverAsync(target, request.Topic, body, request.WebhookId ?? NewId(), 1, forged, request.Hmac, request.ShopDomain, ct);
    }

    private void OnChanged(StoreChange change)
    {
        var currency = _shopify.Options.Currency;
        byte[]? body = null;
        foreach (var subscription in Subscriptions)
        {
            if (!subscription.Wants(change.Topic))
            {
                continue;
            }

            body ??= change.Customer is { } customer
                ? WebhookPayloads.Customer(customer, currency)
                : WebhookPayloads.Order(change.Order!, change.Order!.CustomerId is { } id ? _shopify.Store.GetCustomer(id) : null, currency);
            _queue.Writer.TryWrite((subscription, change.Topic, body));
        }
    }

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var (target, topic, body) in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                var id = NewId();
                var knobs = _shopify.Knobs;
                var attempt = 1;
                var delivery = await DeliverAsync(target, topic, body, id, attempt, false, null, null, _stopping.Token);
                for (var retry = 0; !delivery.Succeeded && retry < knobs.WebhookRetries; retry++)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), _stopping.Token);
                    delivery = await DeliverAsync(target, topic, body, id, ++attempt, false, null, null, _stopping.Token);
                }

                for (var again = 0; again < knobs.WebhookRedeliveries; again++)
                {
                    await DeliverAsync(target, topic, body, id, ++attempt, false, null, null, _stopping.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task<WebhookDelivery> DeliverAsync(WebhookSubscription target, string topic, byte[] body, string id, int attempt,
        bool forged, string? hmac, string? shopDomain, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var headers = message.Headers;
        headers.Add("X-Shopify-Topic", topic);
        headers.Add("X-Shopify-Hmac-Sha256", hmac ?? WebhookSigner.Sign(target.Secret ?? _shopify.Options.WebhookSecret, body));
        headers.Add("X-Shopify-Shop-Domain", shopDomain ?? _shopify.Options.ShopDomain);
        headers.Add("X-Shopify-API-Version", target.ApiVersion);
        headers.Add("X-Shopify-Webhook-Id", id);
        headers.Add("X-Shopify-Event-Id", id);
        headers.Add("X-Shopify-Triggered-At", _shopify.Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        WebhookDelivery delivery;
        try
        {
            using var response = await _http.SendAsync(message, ct);
            delivery = new WebhookDelivery(id, topic, target.Url, attempt, (int)response.StatusCode, null, forged, _shopify.Clock.GetUtcNow());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            delivery = new WebhookDelivery(id, topic, target.Url, attempt, null, e.Message, forged, _shopify.Clock.GetUtcNow());
        }

        _deliveries.Enqueue(delivery);
        _shopify.Vendor.Counters.Increment(delivery.Succeeded ? "webhooksDelivered" : "webhooksFailed");
        return delivery;
    }

    /// <summary>Deterministic per seed and order, shaped like Shopify's (a UUID).</summary>
    private string NewId()
    {
        var n = Interlocked.Increment(ref _sequence);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, SandboxHash.Of(_shopify.Seed, IdStream, n));
        BitConverter.TryWriteBytes(bytes[8..], SandboxHash.Of(_shopify.Seed, IdStream, -n));
        return new Guid(bytes).ToString();
    }

    /// <summary>Stops the sender; queued deliveries are dropped.</summary>
    public async ValueTask DisposeAsync()
    {
        _shopify.Store.Changed -= OnChanged;
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _pump;
        _http.Dispose();
        _stopping.Dispose();
    }

    private sealed record ImmutableSubscriptions(IReadOnlyList<WebhookSubscription> Items);
}

using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The meta plugin in the real host process: the emulator's signed webhooks to <c>run</c>'s web port, the GET
/// handshake, forged and repeated deliveries, a gap healed by the history, replies through the outbox, and a WhatsApp
/// customer joined to the Shopify customer with the same phone.
/// </summary>
public sealed class MetaSandboxTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly int _port = LoopbackPort.Free();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private MetaEmulator Meta => MetaEmulator.Of(_sandbox);

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 120, OrdersPerCustomer = 1, Seed = 5 });
        MetaSandboxConfig.Write(_dir, _sandbox, _port);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Task<HostResult> Host(params string[] args) => HostProcess.RunAsync(_dir.Path, [.. args, "-c", "connectors.json"], MetaSandboxConfig.Env(_sandbox));

    private static void Ok(HostResult result) => Assert.True(result.ExitCode == 0, result.ToString());

    private long Count(string sql) => StoreQueries.Scalar(Db, sql);

    [Fact]
    public async Task Messenger_webhooks_are_verified_and_stored_once_a_gap_is_healed_by_sync_and_replies_respect_the_window()
    {
        Ok(await Host("sync", "fb", "--stream", "conversations"));
        var backfilled = Count("SELECT COUNT(*) FROM messages WHERE source_instance = 'fb'");
        IReadOnlyList<MetaMessage> fresh;
        MetaDelivery forged;
        MetaDelivery duplicate;
        using (var host = await StartRunAsync("fb"))
        {
            var handshake = await Meta.Webhooks.VerifyAsync();
            var guessed = await Meta.Webhooks.VerifyAsync("guessed-token");
            fresh = Meta.Webhooks.DeliverNewInbound(2, MetaChannel.Messenger);
            await host.WaitUntilAsync(() => Stored(fresh), "the delivered messages in the store");
            forged = Meta.Webhooks.SendForged();
            duplicate = Meta.Webhooks.SendDuplicate();
            Assert.True(await Meta.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(20)));

            Meta.Knobs = Meta.Knobs with { DeliveryPaused = true };
            var missed = Meta.Webhooks.DeliverNewInbound(1, MetaChannel.Messenger);
            Assert.Equal(missed[0].Id, Assert.Single(Meta.Webhooks.Dropped));
            Assert.True(handshake.Verified, handshake.ToString());
            Assert.Equal(403, guessed.StatusCode);
        }

        var gap = Meta.Webhooks.Dropped[0];
        Assert.Equal(0, Count($"SELECT COUNT(*) FROM messages WHERE key = 'fb:{gap}'"));
        Ok(await Host("sync", "fb", "--stream", "conversations"));

        Assert.Equal(401, Meta.Webhooks.AttemptsOf(forged.Id)[0].StatusCode);
        Assert.Equal(200, Meta.Webhooks.AttemptsOf(duplicate.Id)[0].StatusCode);
        Assert.Equal(0, Count("SELECT COUNT(*) FROM messages WHERE source_id LIKE 'm_forged%'"));
        Assert.Equal(backfilled + 3, Count("SELECT COUNT(*) FROM messages WHERE source_instance = 'fb'"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM messages WHERE key = 'fb:{gap}'"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM feedback WHERE key LIKE 'fb:%/{fresh[0].Id}'"));

        // A reply in the thread of a message that came by webhook: posted once, even when asked twice.
        var key = StoreQueries.Text(Db, $"SELECT key FROM feedback WHERE key LIKE 'fb:%/{fresh[0].Id}'")!;
        var psid = Meta.Inbox.Find(fresh[0].ConversationId)!.Contact.ScopedId;
        var posted = await Host("reply", key, "--text", "Thanks for writing, we are on it.");
        var again = await Host("reply", key, "--text", "Thanks for writing, we are on it.");
        Ok(posted);
        Ok(again);
        Assert.Contains("asked for before", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Meta.Sends.Count(psid, "Thanks for writing, we are on it."));

        // Conversation #2's customer last wrote 8-40 days ago: outside every window, refused for good.
        var closed = Meta.Inbox.Of(MetaChannel.Messenger)[2];
        var last = closed.Messages.Last(m => m.FromCustomer && m.Text is not null && m.QuickReplyPayload is null);
        var refused = await Host("reply", $"fb:{closed.Contact.ScopedId}/{last.Id}", "--text", "Are you still there?");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("24-hour", StoreQueries.Text(Db, "SELECT reason FROM dead_letters WHERE item_type = 'reply'"), StringComparison.Ordinal);
        Assert.Equal(0, Meta.Sends.Count(closed.Contact.ScopedId, "Are you still there?"));
    }

    [Fact]
    public async Task A_WhatsApp_customer_with_a_Shopify_customers_phone_is_one_customer_and_a_late_reply_is_dead_lettered()
    {
        Ok(await Host("sync", "shop", "--stream", "customers"));
        Ok(await Host("sync", "wa", "--stream", "conversations"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM messages WHERE source_instance = 'wa'"));
        var conversation = Meta.Inbox.Of(MetaChannel.WhatsApp).First(c => c.Contact.WaId is not null && c.Contact.PersonIndex < 120);
        var shopCustomer = $"gid://shopify/Customer/{7_000_000_000_000L + conversation.Contact.PersonIndex}";
        MetaMessage written;
        using (var host = await StartRunAsync("wa"))
        {
            written = Meta.Webhooks.DeliverInbound(conversation, "Hallo, wo bleibt meine Bestellung?");
            await host.WaitUntilAsync(() => Stored([written], "wa"), "the WhatsApp message in the store");
        }

        var viaWhatsApp = Count($"SELECT customer_id FROM messages WHERE key = 'wa:{written.Id}'");
        var viaShopify = Count($"SELECT customer_id FROM customer_sources WHERE source_instance = 'shop' AND source_id = '{shopCustomer}'");
        Assert.True(viaShopify > 0, "the Shopify customer is stored");
        Assert.Equal(viaShopify, viaWhatsApp);
        Assert.Equal(1, Count($"SELECT COUNT(DISTINCT customer_id) FROM customer_sources WHERE customer_id = {viaShopify} AND source_instance IN ('shop', 'wa')"));
        Assert.Equal(2, Count($"SELECT COUNT(*) FROM customer_sources WHERE customer_id = {viaShopify} AND source_instance IN ('shop', 'wa')"));
        Assert.Equal(1, Count($"SELECT COUNT(*) FROM feedback WHERE key = 'wa:+{conversation.Contact.WaId}/{written.Id}' AND kind = 'message'"));

        // Make the window close: a message of the customer that is old is answered too late.
        var late = Meta.Inbox.Of(MetaChannel.WhatsApp).Select((c, k) => (c, k)).First(x => x.k % 4 == 2 && x.c.Contact.WaId is not null).c;
        var old = late.Messages.Last(m => m.FromCustomer && m.Kind == MetaMessageKind.Text && m.QuickReplyPayload is null && m.Text is not null);
        using (var host = await StartRunAsync("wa"))
        {
            Meta.Webhooks.DeliverBacklog();
            await host.WaitUntilAsync(() => Stored([old], "wa"), "the backlog in the store");
        }

        var refused = await Host("reply", $"wa:+{late.Contact.WaId}/{old.Id}", "--text", "Sorry for the delay!");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("24-hour", StoreQueries.Text(Db, "SELECT reason FROM dead_letters WHERE item_type = 'reply'"), StringComparison.Ordinal);
        Assert.Empty(Meta.Sends.All);
    }

    private async Task<HostProcess> StartRunAsync(string connector)
    {
        var host = HostProcess.Start(_dir.Path, ["run", "-c", "connectors.json"], MetaSandboxConfig.Env(_sandbox));
        using var http = new HttpClient();
        await host.WaitUntilAsync(() => Healthy(http), "the health probe");
        Meta.Knobs = Meta.Knobs with
        {
            CallbackUrl = $"http://127.0.0.1:{_port}/webhooks/{connector}", DeliveryPaused = false, DeliveryTimeoutMilliseconds = 10_000, RetryBackoffMilliseconds = 50,
        };
        return host;
    }

    private bool Stored(IEnumerable<MetaMessage> messages, string connector = "fb")
    {
        try
        {
            return messages.All(m => Count($"SELECT COUNT(*) FROM messages WHERE key = '{connector}:{m.Id}'") == 1);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false; // the schema is still being created
        }
    }

    private bool Healthy(HttpClient http)
    {
        try
        {
            return http.GetAsync(new Uri($"http://127.0.0.1:{_port}/health")).GetAwaiter().GetResult().IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

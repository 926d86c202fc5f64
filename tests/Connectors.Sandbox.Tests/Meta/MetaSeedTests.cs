using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Tests.Meta;

public sealed class MetaSeedTests
{
    [Fact]
    public async Task A_whatsapp_wa_id_is_the_shopify_customers_phone_in_e164_digits()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var whatsapp = sandbox.Meta().Inbox.Of(MetaChannel.WhatsApp);

        Assert.Equal(24, whatsapp.Count);
        var withPhone = whatsapp.Where(c => c.Contact.WaId is not null).ToList();
        Assert.True(withPhone.Count >= 12, $"only {withPhone.Count} WhatsApp users show their phone");
        foreach (var conversation in withPhone)
        {
            var index = conversation.Contact.PersonIndex;
            Assert.InRange(index, 0, sandbox.Server.Options.Customers - 1);
            var customer = sandbox.Shopify.Store.GetCustomer(ShopifyIds.CustomerIdBase + index)!;
            Assert.Equal(customer.Phone, "+" + conversation.Contact.WaId);
            Assert.Equal(customer.FirstName + " " + customer.LastName, conversation.Contact.Name);
            Assert.Matches(@"^[A-Z]{2}\.[0-9]{20}$", conversation.Contact.UserId);
            Assert.StartsWith(sandbox.Server.People.Get(index).CountryCode + ".", conversation.Contact.UserId, StringComparison.Ordinal);
        }

        Assert.Contains(whatsapp, c => c.Contact.WaId is null && c.Contact.Username is not null);
    }

    [Fact]
    public async Task Messenger_and_instagram_users_are_page_scoped_ids_without_email_or_phone()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var inbox = sandbox.Meta().Inbox;

        foreach (var channel in new[] { MetaChannel.Messenger, MetaChannel.Instagram })
        {
            Assert.All(inbox.Of(channel), c =>
            {
                Assert.Matches("^[0-9]{16}$", c.Contact.ScopedId);
                Assert.Null(c.Contact.WaId);
                Assert.StartsWith(channel == MetaChannel.Messenger ? "t_" : "aWdf", c.Id, StringComparison.Ordinal);
            });
        }

        // The same person has different ids on the Page and on Instagram.
        var both = inbox.Of(MetaChannel.Messenger).Join(inbox.Of(MetaChannel.Instagram), c => c.Contact.PersonIndex, c => c.Contact.PersonIndex, (m, i) => (m, i)).ToList();
        Assert.All(both, pair => Assert.NotEqual(pair.m.Contact.ScopedId, pair.i.Contact.ScopedId));
    }

    [Fact]
    public async Task Customers_write_in_their_countrys_language()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var conversations = sandbox.Meta().Inbox.Conversations;
        var languages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conversation in conversations)
        {
            var language = sandbox.Server.People.Get(conversation.Contact.PersonIndex).Language;
            var pool = TextPools.For(language);
            var phrases = Sandbox.Meta.Data.MetaTexts.For(language);
            var known = pool.Complaints.Concat(pool.Praise).Concat(pool.Neutral).Concat(phrases.Questions).Concat(phrases.BrandReplies).Concat(phrases.QuickReplies).ToHashSet(StringComparer.Ordinal);
            foreach (var message in conversation.Messages.Where(m => m.Kind is MetaMessageKind.Text or MetaMessageKind.Image && m.Text is not null))
            {
                Assert.Contains(message.Text!, known);
            }

            languages.Add(language);
        }

        Assert.True(languages.Count >= 4, "expected several languages, got " + string.Join(",", languages));
    }

    [Fact]
    public async Task The_seeded_conversations_are_the_same_for_the_same_seed()
    {
        await using var one = await MetaSandbox.StartAsync();
        await using var two = await MetaSandbox.StartAsync();
        await using var other = await MetaSandbox.StartAsync(configure: o => o.Seed = 7);

        static string Fingerprint(SandboxHarness s) => string.Join("\n", s.Meta().Inbox.Conversations.SelectMany(c =>
            c.Messages.Select(m => $"{c.Id} {c.Contact.ScopedId} {c.Contact.WaId} {m.Id} {m.At:O} {m.Text}")));

        Assert.Equal(Fingerprint(one), Fingerprint(two));
        Assert.NotEqual(Fingerprint(one), Fingerprint(other));
    }

    [Fact]
    public async Task Windows_are_spread_so_every_send_rule_has_a_conversation()
    {
        await using var sandbox = await MetaSandbox.StartAsync();
        var now = sandbox.Clock.GetUtcNow();
        foreach (var channel in Enum.GetValues<MetaChannel>())
        {
            var ages = sandbox.Meta().Inbox.Of(channel).Select(c => now - c.LastInboundAt!.Value).ToList();
            Assert.Contains(ages, a => a < TimeSpan.FromHours(24));
            Assert.Contains(ages, a => a > TimeSpan.FromHours(24) && a < TimeSpan.FromDays(7));
            Assert.Contains(ages, a => a > TimeSpan.FromDays(7));
        }

        Assert.Equal(25, sandbox.Meta().Inbox.Of(MetaChannel.Instagram)[0].Messages.Count);
    }

    [Fact]
    public void Invalid_options_name_the_option()
    {
        var options = new SandboxOptions();
        options.Meta.WhatsAppConversations = -1;
        options.Meta.Knobs = new MetaKnobs { CallbackUrl = "not a url", DeliveryTimeoutMilliseconds = 1 };

        var errors = options.Validate();

        Assert.Contains(errors, e => e.StartsWith("meta.whatsAppConversations must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("meta.knobs.callbackUrl must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("meta.knobs.deliveryTimeoutMilliseconds must be", StringComparison.Ordinal));
    }
}

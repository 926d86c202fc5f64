using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox.Meta;

namespace Connectors.Plugins.Meta.Tests.Webhooks;

/// <summary>WhatsApp's shape before business-scoped user ids (only <c>wa_id</c>): the customer is keyed by the phone.</summary>
public sealed class PhoneOnlyPayloadTests : IAsyncLifetime
{
    private MetaFixture _meta = null!;

    public async Task InitializeAsync() => _meta = await MetaFixture.StartAsync();

    public async Task DisposeAsync() => await _meta.DisposeAsync();

    private static WebhookRequest Signed(int n)
    {
        var body = Encoding.UTF8.GetBytes(
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + MetaDefaults.WhatsAppBusinessAccountId + "\",\"changes\":[{\"value\":{"
            + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + MetaDefaults.PhoneNumberId + "\"},"
            + $"\"contacts\":[{{\"profile\":{{\"name\":\"Kunde {n}\"}},\"wa_id\":\"4917000000{n:D2}\"}}],"
            + $"\"messages\":[{{\"from\":\"4917000000{n:D2}\",\"id\":\"wamid.test{n:D8}\",\"timestamp\":\"{1_764_000_000 + n}\",\"type\":\"text\",\"text\":{{\"body\":\"Paket {n}?\"}}}}]}},"
            + "\"field\":\"messages\"}]}]}");
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(MetaDefaults.AppSecret), body));
        return new WebhookRequest(new Dictionary<string, string> { ["X-Hub-Signature-256"] = signature }, body);
    }

    [Fact]
    public void Every_delivery_gives_its_message_its_feedback_and_a_customer_keyed_by_the_phone()
    {
        var source = _meta.Source("whatsapp");

        var batches = Enumerable.Range(0, 50).Select(n => (n, Request: Signed(n))).Select(x => (x.n, Verified: source.Verify(x.Request), Batch: source.Parse(x.Request))).ToList();

        Assert.All(batches, b =>
        {
            Assert.True(b.Verified);
            Assert.Equal($"wamid.test{b.n:D8}", Assert.Single(b.Batch.Messages).SourceId);
            Assert.Equal($"+4917000000{b.n:D2}/wamid.test{b.n:D8}", Assert.Single(b.Batch.Feedback).SourceId);
            var customer = Assert.Single(b.Batch.Customers);
            Assert.Equal(($"+4917000000{b.n:D2}", $"+4917000000{b.n:D2}", $"Kunde {b.n}"), (customer.SourceId, customer.Phone, customer.Name));
            Assert.Empty(customer.Identities);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_764_000_000 + b.n), b.Batch.Messages[0].SentAt);
        });
    }
}

using System.Text.Json;

namespace Connectors.Sandbox.Tests.Meta;

/// <summary>The seeded backlog as a receiver gets it: every delivery's body, parsed.</summary>
internal sealed class MetaBacklog
{
    private MetaBacklog(List<MetaReceiver.Delivery> deliveries) => Deliveries = deliveries;

    public List<MetaReceiver.Delivery> Deliveries { get; }

    public IEnumerable<JsonElement> Entries(string @object) =>
        Deliveries.Select(d => d.Json).Where(b => b.GetProperty("object").GetString() == @object).SelectMany(b => b.GetProperty("entry").EnumerateArray());

    /// <summary>Every WhatsApp <c>value</c>.</summary>
    public IEnumerable<JsonElement> WhatsAppValues => Entries("whatsapp_business_account")
        .SelectMany(e => e.GetProperty("changes").EnumerateArray()).Select(c => c.GetProperty("value"));

    /// <summary>Every Messenger or Instagram messaging event.</summary>
    public IEnumerable<JsonElement> Messaging(string @object) => Entries(@object).SelectMany(e => e.GetProperty("messaging").EnumerateArray());

    public static async Task<MetaBacklog> ReceiveAsync(SandboxHarness sandbox, MetaReceiver receiver)
    {
        var webhooks = sandbox.Meta().Webhooks;
        webhooks.DeliverBacklog();
        Assert.True(await webhooks.WhenIdleAsync(TimeSpan.FromSeconds(30)), "the backlog was not delivered in time");
        return new MetaBacklog(receiver.Drain());
    }
}

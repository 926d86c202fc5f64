namespace Connectors.Sandbox.Meta.Data;

/// <summary>A conversation between the brand and one customer on one channel; its messages oldest first.</summary>
public sealed class MetaConversation
{
    private readonly List<MetaMessage> _messages = [];

    internal MetaConversation(string id, MetaContact contact)
    {
        Id = id;
        Contact = contact;
    }

    /// <summary>The Graph id (<c>t_…</c> on Messenger, <c>aWdf…</c> on Instagram; WhatsApp has none in Meta's API).</summary>
    public string Id { get; }

    /// <summary>The channel.</summary>
    public MetaChannel Channel => Contact.Channel;

    /// <summary>The customer.</summary>
    public MetaContact Contact { get; }

    /// <summary>A copy of the messages, oldest first.</summary>
    public IReadOnlyList<MetaMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>When the last message was sent, or null for none.</summary>
    public DateTimeOffset? UpdatedAt => Last(_ => true)?.At;

    /// <summary>When the customer last wrote: the start of the 24-hour window.</summary>
    public DateTimeOffset? LastInboundAt => Last(m => m.FromCustomer && m.Kind != MetaMessageKind.System)?.At;

    internal void Add(MetaMessage message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }

    private MetaMessage? Last(Func<MetaMessage, bool> match)
    {
        lock (_messages)
        {
            return _messages.LastOrDefault(match);
        }
    }
}

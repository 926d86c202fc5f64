using System.Collections.Concurrent;

namespace Connectors.Sandbox.Meta.Data;

/// <summary>Every conversation of the brand, by conversation id, message id and customer id.</summary>
public sealed class MetaInbox
{
    private readonly ConcurrentDictionary<string, MetaConversation> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MetaConversation> _byCustomer = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (MetaConversation Conversation, MetaMessage Message)> _messages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MetaConversation> _order = new();

    /// <summary>Every conversation, in the order they were opened.</summary>
    public IReadOnlyList<MetaConversation> Conversations => [.. _order];

    /// <summary>The conversations of one channel.</summary>
    public IReadOnlyList<MetaConversation> Of(MetaChannel channel) => [.. _order.Where(c => c.Channel == channel)];

    /// <summary>A conversation by its id, or null.</summary>
    public MetaConversation? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A message and its conversation by the message id, or null.</summary>
    public (MetaConversation Conversation, MetaMessage Message)? FindMessage(string id) =>
        _messages.TryGetValue(id, out var found) ? found : null;

    /// <summary>The conversation of a customer id on a channel (PSID, IGSID, WhatsApp phone digits or user id), or null.</summary>
    public MetaConversation? FindByCustomer(MetaChannel channel, string customerId) => _byCustomer.GetValueOrDefault(Key(channel, customerId));

    internal MetaConversation Open(string id, MetaContact contact)
    {
        var conversation = new MetaConversation(id, contact);
        if (!_byId.TryAdd(id, conversation))
        {
            return _byId[id];
        }

        _byCustomer[Key(contact.Channel, contact.ScopedId)] = conversation;
        if (contact.WaId is { } waId)
        {
            _byCustomer[Key(contact.Channel, waId)] = conversation;
        }

        _order.Enqueue(conversation);
        return conversation;
    }

    internal void Add(MetaConversation conversation, MetaMessage message)
    {
        conversation.Add(message);
        _messages[message.Id] = (conversation, message);
    }

    private static string Key(MetaChannel channel, string id) => channel + "/" + id;
}

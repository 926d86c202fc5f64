using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Mapping;

/// <summary>
/// The keys records carry. A customer message's feedback item is keyed <c>{replyTo}/{message id}</c>: unique by the
/// message id, and carrying where an answer goes, so a reply needs no look-up (WhatsApp has none to make).
/// </summary>
internal static class MetaKeys
{
    private const char Separator = '/';

    public static string Feedback(string replyTo, string messageId) => replyTo + Separator + messageId;

    /// <summary>The answer's address and the message answered, from a feedback item's source id.</summary>
    public static bool TryParseFeedback(string sourceId, out string replyTo, out string messageId)
    {
        // Addresses (digits, "+digits", "DE.123…") never hold the separator; message ids may.
        var at = sourceId.IndexOf(Separator, StringComparison.Ordinal);
        (replyTo, messageId) = at > 0 && at < sourceId.Length - 1 ? (sourceId[..at], sourceId[(at + 1)..]) : ("", "");
        return at > 0 && at < sourceId.Length - 1;
    }

    /// <summary>
    /// A WhatsApp customer's key: the business-scoped user id when given (stable even when the phone is withheld or
    /// changes), else the phone in E.164.
    /// </summary>
    public static string? WhatsAppCustomer(string? waId, string? userId) =>
        !string.IsNullOrWhiteSpace(userId) ? userId : Phone(waId);

    /// <summary>Where a WhatsApp answer goes: the number (<c>to</c>) when known, else the user id (<c>recipient</c>).</summary>
    public static string? WhatsAppReplyTo(string? waId, string? userId) => Phone(waId) ?? (string.IsNullOrWhiteSpace(userId) ? null : userId);

    /// <summary><c>wa_id</c> (digits) as E.164; null when WhatsApp withheld it.</summary>
    public static string? Phone(string? waId) => string.IsNullOrWhiteSpace(waId) ? null : "+" + waId.TrimStart('+');

    /// <summary>A WhatsApp customer as its profile and ids give them: the phone is an identity the host matches on.</summary>
    public static CustomerRecord WhatsAppCustomer(string key, string? waId, string? userId, string? name, DateTimeOffset seenAt) => new()
    {
        SourceId = key,
        Channel = Channels.WhatsApp,
        Phone = Phone(waId),
        Name = string.IsNullOrWhiteSpace(name) ? null : name,
        Identities = string.IsNullOrWhiteSpace(userId) ? [] : [new CustomerIdentity(Channels.WhatsApp, userId)],
        SeenAt = seenAt,
    };

    /// <summary>
    /// A Messenger/Instagram customer (PSID/IGSID). With a name (history's participants) it is a full record with its
    /// channel identity; without (webhooks carry none) a bare reference, so it never blanks a name stored before.
    /// </summary>
    public static CustomerRecord ScopedCustomer(string channel, string scopedId, string? name) => name is null
        ? new CustomerRecord { SourceId = scopedId, Channel = channel }
        : new CustomerRecord { SourceId = scopedId, Channel = channel, Name = name, Identities = [new CustomerIdentity(channel, scopedId)] };
}

using System.Security.Cryptography;
using System.Text;

namespace Connectors.Host.Replies;

/// <summary>The keys that make a reply idempotent: one outbox item per reply, one reply per feedback item and text.</summary>
public static class ReplyKeys
{
    /// <summary>The outbox key of a reply: the connector that posts it and the reply's id.</summary>
    public static string IdempotencyKey(string connector, string replyId) => Store.OutboxWriter.IdempotencyKey(connector, ReplyStatus.ItemType, replyId);

    /// <summary>The content key of an operator's reply: the same text for the same item is the same reply.</summary>
    public static string ForText(string text) =>
        "text:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())))[..32];
}

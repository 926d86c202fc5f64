namespace Connectors.Host.Replies;

/// <summary>The states of a reply of its own; once approved, its outbox item says whether it was posted.</summary>
public static class ReplyStatus
{
    public const string Draft = "draft";
    public const string Approved = "approved";
    public const string Discarded = "discarded";

    /// <summary>The outbox item type of a reply.</summary>
    public const string ItemType = "reply";
}

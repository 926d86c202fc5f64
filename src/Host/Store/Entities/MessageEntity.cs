namespace Connectors.Host.Store.Entities;

/// <summary>One direct message; the key is <c>source instance:source id</c>.</summary>
public sealed class MessageEntity
{
    public required string Key { get; set; }

    public required string SourceInstance { get; set; }

    public required string SourceId { get; set; }

    public required string ThreadKey { get; set; }

    public required string Channel { get; set; }

    public required string Direction { get; set; }

    public required string SenderId { get; set; }

    public long? CustomerId { get; set; }

    public string? Text { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? ReplyWindowEndsAt { get; set; }

    public long ContentHash { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}

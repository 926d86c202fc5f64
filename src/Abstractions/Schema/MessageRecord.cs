namespace Connectors.Abstractions;

/// <summary>One message of a direct-message thread (WhatsApp, Messenger, Instagram).</summary>
public sealed record MessageRecord
{
    /// <summary>The message's id at the source; with the connector instance it is the record's key.</summary>
    public required string SourceId { get; init; }

    /// <summary>The thread (conversation) the message belongs to.</summary>
    public required string ThreadKey { get; init; }

    /// <summary>The channel, see <see cref="Channels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>Inbound or outbound.</summary>
    public required MessageDirection Direction { get; init; }

    /// <summary>The sender's id on the channel.</summary>
    public required string SenderId { get; init; }

    /// <summary>The <see cref="CustomerRecord.SourceId"/> of the customer in the thread, if known.</summary>
    public string? CustomerSourceId { get; init; }

    /// <summary>The text.</summary>
    public string? Text { get; init; }

    /// <summary>When it was sent.</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Until when the brand may answer freely, where the channel has such a window (24 hours on Meta).</summary>
    public DateTimeOffset? ReplyWindowEndsAt { get; init; }
}

namespace Connectors.Host.Store.Entities;

/// <summary>
/// An answer to a feedback item, to be posted at its source: written by an operator (<c>reply</c>) or drafted by a
/// route from its template. One per feedback item and text, so the same reply asked for twice is one reply. Whether
/// it was posted, is retrying or was refused is its outbox item's state.
/// </summary>
public sealed class ReplyEntity
{
    public long Id { get; set; }

    public required string FeedbackKey { get; set; }

    /// <summary>The source connector that posts it (the feedback's <c>source_instance</c>).</summary>
    public required string Connector { get; set; }

    /// <summary>The answer; <c>null</c> for a route's draft until it is rendered (shown or approved).</summary>
    public string? Text { get; set; }

    /// <summary>Hash of the text (or of the drafting route), so asking for the same reply again finds it.</summary>
    public required string ContentKey { get; set; }

    /// <summary><c>cli</c>, or <c>route:&lt;name&gt;</c> for a route's draft.</summary>
    public required string Origin { get; set; }

    /// <summary>The route whose template renders a draft.</summary>
    public string? Route { get; set; }

    /// <summary><c>draft</c> (waits for <c>replies approve</c>), <c>approved</c> (queued in the outbox) or <c>discarded</c>.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>When the channel took it, and its id there.</summary>
    public DateTimeOffset? PostedAt { get; set; }

    public string? ChannelReplyId { get; set; }
}

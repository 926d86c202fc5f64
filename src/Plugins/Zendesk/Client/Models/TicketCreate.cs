namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The fields of a new ticket.</summary>
internal sealed record TicketCreate
{
    public required string Subject { get; init; }

    public required CommentPayload Comment { get; init; }

    public long? RequesterId { get; init; }

    public required string Priority { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required string ExternalId { get; init; }

    /// <summary>The closed ticket this one follows up (a closed ticket cannot take comments).</summary>
    public long? ViaFollowupSourceId { get; init; }
}

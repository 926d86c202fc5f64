namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>A Zendesk ticket as the emulator stores it, with its comments.</summary>
public sealed record ZendeskTicket
{
    /// <summary>The ticket's id (sequential per account, from 1).</summary>
    public required long Id { get; init; }

    /// <summary>The subject.</summary>
    public required string Subject { get; init; }

    /// <summary>The first comment's text.</summary>
    public required string Description { get; init; }

    /// <summary><c>new</c>, <c>open</c>, <c>pending</c>, <c>hold</c>, <c>solved</c> or <c>closed</c>.</summary>
    public required string Status { get; init; }

    /// <summary><c>low</c>, <c>normal</c>, <c>high</c>, <c>urgent</c>, or null.</summary>
    public string? Priority { get; init; }

    /// <summary>The user the ticket is for.</summary>
    public required long RequesterId { get; init; }

    /// <summary>The user who created it (the API user).</summary>
    public required long SubmitterId { get; init; }

    /// <summary>Tags, lower case, without duplicates.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The id in the system that created the ticket; not unique on Zendesk.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Custom field values as given.</summary>
    public IReadOnlyList<ZendeskCustomField> CustomFields { get; init; } = [];

    /// <summary>The closed ticket this one follows up, if any.</summary>
    public long? FollowupSourceId { get; init; }

    /// <summary>Comments, oldest first; the first is the description.</summary>
    public IReadOnlyList<ZendeskComment> Comments { get; init; } = [];

    /// <summary>Sandbox time of creation.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Sandbox time of the last change.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}

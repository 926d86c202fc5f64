namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>The fields of a ticket in a create request, as read from <c>{"ticket":{...}}</c>.</summary>
internal sealed record TicketInput
{
    public string? Subject { get; init; }

    public string? Body { get; init; }

    public bool Public { get; init; } = true;

    public long? AuthorId { get; init; }

    public long? RequesterId { get; init; }

    public string? RequesterName { get; init; }

    public string? RequesterEmail { get; init; }

    public bool HasRequesterObject { get; init; }

    public string? Priority { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? ExternalId { get; init; }

    public IReadOnlyList<ZendeskCustomField> CustomFields { get; init; } = [];

    public long? FollowupSourceId { get; init; }
}

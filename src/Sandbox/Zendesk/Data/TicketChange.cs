namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>The fields of a ticket update (<c>PUT /api/v2/tickets/{id}</c>); null means "not given, keep".</summary>
internal sealed record TicketChange
{
    public string? Body { get; init; }

    public bool Public { get; init; } = true;

    public long? AuthorId { get; init; }

    public string? Subject { get; init; }

    public string? Priority { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string>? AdditionalTags { get; init; }

    public IReadOnlyList<string>? RemoveTags { get; init; }

    public string? ExternalId { get; init; }

    public IReadOnlyList<ZendeskCustomField>? CustomFields { get; init; }
}

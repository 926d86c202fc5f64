namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The fields of a ticket update; nulls are left out and keep the ticket's value.</summary>
internal sealed record TicketUpdate
{
    public required CommentPayload Comment { get; init; }

    public string? Priority { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public string? Status { get; init; }
}

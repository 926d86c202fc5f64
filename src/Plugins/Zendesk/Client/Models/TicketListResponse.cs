namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"tickets":[...]}</c>.</summary>
internal sealed record TicketListResponse(IReadOnlyList<TicketDto>? Tickets);

namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"ticket":{...}}</c>.</summary>
internal sealed record TicketResponse(TicketDto? Ticket);

namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"ticket":{...}}</c> of an update.</summary>
internal sealed record TicketUpdateRequest(TicketUpdate Ticket);

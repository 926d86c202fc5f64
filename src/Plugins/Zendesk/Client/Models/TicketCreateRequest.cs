namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"ticket":{...}}</c> of a creation.</summary>
internal sealed record TicketCreateRequest(TicketCreate Ticket);

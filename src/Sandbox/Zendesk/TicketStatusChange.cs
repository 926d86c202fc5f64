namespace Connectors.Sandbox.Zendesk;

/// <summary>Body of <c>PATCH /_sandbox/zendesk/tickets/{id}</c>: the status an agent sets.</summary>
/// <param name="Status"><c>new</c>, <c>open</c>, <c>pending</c>, <c>hold</c>, <c>solved</c> or <c>closed</c>.</param>
public sealed record TicketStatusChange(string? Status);

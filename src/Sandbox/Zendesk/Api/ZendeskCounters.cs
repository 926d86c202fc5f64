namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Counter names the Zendesk emulator keeps beside <see cref="Framework.SandboxCounters"/>.</summary>
internal static class ZendeskCounters
{
    public const string UsersCreated = "usersCreated";
    public const string UsersUpdated = "usersUpdated";
    public const string TicketsCreated = "ticketsCreated";
    public const string TicketsUpdated = "ticketsUpdated";
    public const string CommentsAdded = "commentsAdded";
    public const string Invalid = "invalid";
    public const string IdempotencyHits = "idempotencyHits";
    public const string IdempotencyConflicts = "idempotencyConflicts";
    public const string JobsCreated = "jobsCreated";
    public const string TicketUpdatesThrottled = "ticketUpdatesThrottled";
}

namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>One comment of a ticket; the first is the ticket's description.</summary>
/// <param name="Id">The comment's id.</param>
/// <param name="AuthorId">The user who wrote it.</param>
/// <param name="Body">Plain text.</param>
/// <param name="Public">Whether the requester sees it (false: an internal note).</param>
/// <param name="CreatedAt">Sandbox time it was added.</param>
public sealed record ZendeskComment(long Id, long AuthorId, string Body, bool Public, DateTimeOffset CreatedAt);

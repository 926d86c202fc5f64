namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>The parts of a ticket comment the connector reads.</summary>
internal sealed record CommentDto(long Id, string? Body, string? PlainBody);

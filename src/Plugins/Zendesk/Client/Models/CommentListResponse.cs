namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary><c>{"comments":[...]}</c>.</summary>
internal sealed record CommentListResponse(IReadOnlyList<CommentDto>? Comments);

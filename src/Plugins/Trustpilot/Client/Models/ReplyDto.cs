namespace Connectors.Plugins.Trustpilot.Client.Models;

/// <summary>The business's reply to a service review.</summary>
internal sealed record ReplyDto(string Text, string? AuthorBusinessUserId, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt);

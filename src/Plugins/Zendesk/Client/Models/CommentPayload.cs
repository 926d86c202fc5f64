namespace Connectors.Plugins.Zendesk.Client.Models;

/// <summary>A comment to add: plain text, public or an internal note.</summary>
internal sealed record CommentPayload(string Body, bool Public);

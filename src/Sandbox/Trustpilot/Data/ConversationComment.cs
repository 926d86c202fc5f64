namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>One comment in a product-review conversation.</summary>
/// <param name="Id">Comment id.</param>
/// <param name="Content">Its text.</param>
/// <param name="IntegrationId">The integration that posted it, or null.</param>
/// <param name="CreatedAt">When it was posted.</param>
public sealed record ConversationComment(string Id, string Content, string? IntegrationId, DateTimeOffset CreatedAt);

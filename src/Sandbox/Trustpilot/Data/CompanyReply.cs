namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>The business's public answer to a service review.</summary>
/// <param name="Text">The reply.</param>
/// <param name="AuthorBusinessUserId">The business user who wrote it.</param>
/// <param name="CreatedAt">When it was first posted.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
public sealed record CompanyReply(string Text, string AuthorBusinessUserId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

namespace Connectors.Sandbox.Trustpilot;

/// <summary>A reply posted "elsewhere" (in Trustpilot's UI) through the control API.</summary>
/// <param name="Message">The reply text.</param>
/// <param name="AuthorBusinessUserId">Who wrote it (default: <see cref="TrustpilotDefaults.BusinessUserId"/>).</param>
public sealed record ReplyChange(string? Message, string? AuthorBusinessUserId);

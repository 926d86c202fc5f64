namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>A conversation on a product review and its comments, in order.</summary>
/// <param name="Id">Conversation id.</param>
/// <param name="ReviewId">The product review it belongs to.</param>
/// <param name="Comments">The comments so far.</param>
public sealed record Conversation(string Id, string ReviewId, IReadOnlyList<ConversationComment> Comments);

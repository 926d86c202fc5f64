namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>One request's standing in the account's rate window.</summary>
/// <param name="Allowed">Whether it may proceed.</param>
/// <param name="Limit">Requests per minute.</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="ResetSeconds">Seconds until the window starts again (at least 1).</param>
internal readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);

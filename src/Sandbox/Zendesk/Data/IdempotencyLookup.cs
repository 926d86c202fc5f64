namespace Connectors.Sandbox.Zendesk.Data;

/// <summary>What an <c>Idempotency-Key</c> lookup found.</summary>
internal enum IdempotencyLookup
{
    /// <summary>The key is new (or expired): process the request.</summary>
    Miss,

    /// <summary>The same key and body were seen: replay the first answer.</summary>
    Hit,

    /// <summary>The same key came with another body: refuse.</summary>
    Conflict,
}

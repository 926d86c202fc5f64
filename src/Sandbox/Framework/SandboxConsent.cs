namespace Connectors.Sandbox.Framework;

/// <summary>A person's marketing consent, the same on every channel that person appears on.</summary>
public enum SandboxConsent
{
    /// <summary>Never asked or never answered.</summary>
    NotSubscribed,

    /// <summary>Opted in.</summary>
    Subscribed,

    /// <summary>Opted in once, then out.</summary>
    Unsubscribed,

    /// <summary>Double opt-in not yet confirmed.</summary>
    Pending,

    /// <summary>The address bounced.</summary>
    Invalid,

    /// <summary>Erased on request (GDPR).</summary>
    Redacted,
}

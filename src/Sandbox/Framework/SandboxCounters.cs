namespace Connectors.Sandbox.Framework;

/// <summary>Names of the counters every vendor keeps; vendors add their own beside them.</summary>
public static class SandboxCounters
{
    /// <summary>Every request to the vendor API (control endpoints excluded).</summary>
    public const string Requests = "requests";

    /// <summary>Answers refused for rate: the vendor's own limit plus injected 429s.</summary>
    public const string Throttled = "throttled";

    /// <summary>Injected 429s only.</summary>
    public const string InjectedThrottles = "injectedThrottles";

    /// <summary>Injected 5xx answers.</summary>
    public const string ServerErrors = "serverErrors";

    /// <summary>Answers refused for credentials (wrong or expired token).</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>Answers whose body was replaced by non-JSON.</summary>
    public const string Malformed = "malformed";

    /// <summary>Answers whose body was cut short.</summary>
    public const string Truncated = "truncated";
}

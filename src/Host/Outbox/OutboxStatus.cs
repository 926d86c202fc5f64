namespace Connectors.Host.Outbox;

/// <summary>The states of an outbox item.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Dead = "dead";

    /// <summary>Nothing to do any more; <c>last_error</c> says why (not a failure: no dead letter).</summary>
    public const string Skipped = "skipped";
}

namespace Connectors.Sandbox.Framework;

/// <summary>The faults drawn for one request: delay, an error instead of an answer, or a spoiled body.</summary>
internal readonly record struct FaultDecision(int LatencyMs, InjectedFault Fault, int ServerErrorStatus, BodyDamage Damage)
{
    public static FaultDecision None { get; } = new(0, InjectedFault.None, 0, BodyDamage.None);
}

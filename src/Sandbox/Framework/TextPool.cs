namespace Connectors.Sandbox.Framework;

/// <summary>The phrases of one language.</summary>
internal sealed record TextPool(
    string[] DeliveryNotes,
    string[] Complaints,
    string[] Praise,
    string[] Neutral,
    string[] CustomerNotes);

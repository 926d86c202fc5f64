namespace Connectors.Sandbox.Framework;

/// <summary>The vendor-independent state of one emulator: its fault knobs, request counters and received log.</summary>
public sealed class SandboxVendor
{
    internal SandboxVendor(string name, int seed, TimeProvider clock, FaultSettings initialFaults)
    {
        Name = name;
        Clock = clock;
        Faults = new VendorFaults(name, seed, clock, initialFaults);
        Received = new ReceivedLog(clock);
    }

    /// <summary>Lower-case vendor name used in control URLs (<c>shopify</c>).</summary>
    public string Name { get; }

    /// <summary>The sandbox clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Live fault knobs.</summary>
    public VendorFaults Faults { get; }

    /// <summary>Request counters.</summary>
    public VendorCounters Counters { get; } = new();

    /// <summary>What the emulator received or sent, for assertions.</summary>
    public ReceivedLog Received { get; }
}

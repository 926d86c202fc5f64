namespace Connectors.Sandbox.Framework;

/// <summary>What a starting sandbox lends an emulator it creates.</summary>
public sealed class SandboxEmulatorContext
{
    internal SandboxEmulatorContext(SandboxOptions options, SandboxPeople people, SandboxVendor vendor)
    {
        Options = options;
        People = people;
        Vendor = vendor;
    }

    /// <summary>The sandbox options (seed, customers, history, clock).</summary>
    public SandboxOptions Options { get; }

    /// <summary>The shared people: person #i is the same on every emulator.</summary>
    public SandboxPeople People { get; }

    /// <summary>The vendor's fault knobs (from <see cref="SandboxOptions.Faults"/>), counters and received log.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The sandbox clock.</summary>
    public TimeProvider Clock => Options.TimeProvider;
}

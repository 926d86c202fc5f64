namespace Connectors.Sandbox.Framework.Pipeline;

/// <summary>When <see cref="VendorPipeline"/> appends a request to the vendor's received log.</summary>
public enum ReceivedLogging
{
    /// <summary>Never: the emulator logs what it keeps itself.</summary>
    None,

    /// <summary>Every request, before the fault knobs are drawn (even those answered with an injected fault).</summary>
    BeforeFaults,

    /// <summary>Requests that passed the faults, authentication and rate limits.</summary>
    Admitted,
}

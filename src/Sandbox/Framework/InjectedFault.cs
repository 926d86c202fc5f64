namespace Connectors.Sandbox.Framework;

/// <summary>What the fault knobs decided for one request.</summary>
internal enum InjectedFault
{
    None,
    Throttle,
    ServerError,
}

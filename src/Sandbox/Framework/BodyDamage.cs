namespace Connectors.Sandbox.Framework;

/// <summary>How a successful answer's body is spoiled, if at all.</summary>
internal enum BodyDamage
{
    None,
    Malformed,
    Truncated,
}

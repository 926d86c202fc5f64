using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>Trustpilot-shaped ids (24 lower-case hex digits, as Mongo ObjectIds) that follow from (seed, kind, n).</summary>
internal static class TrustpilotIds
{
    public static string Of(int seed, string kind, long n)
    {
        var h = SandboxHash.Of(seed, SandboxHash.Stream("trustpilot/id/" + kind), n);
        // The first 8 digits keep n readable in order; the rest keep ids of different kinds apart.
        return $"{(uint)n:x8}{h:x16}";
    }
}

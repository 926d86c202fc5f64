namespace Connectors.Sandbox.Framework;

/// <summary>
/// Stateless hashing (SplitMix64 finaliser) so any record can be generated from (seed, stream, index)
/// alone: person #i never depends on persons 0..i-1, which is what lets a million records stay virtual.
/// </summary>
internal static class SandboxHash
{
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static ulong Of(int seed, ulong stream, long index) =>
        Mix(Mix(((ulong)(uint)seed << 32) ^ stream) ^ (ulong)index);

    /// <summary>A uniform double in [0, 1) from a hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>Stable stream id from a name, so vendors and purposes never share random numbers.</summary>
    public static ulong Stream(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var c in name)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}

namespace Connectors.Sandbox.Framework;

/// <summary>A small SplitMix64 generator; a value type so generating a record allocates nothing for randomness.</summary>
internal struct DeterministicRandom
{
    private ulong _state;

    public DeterministicRandom(int seed, ulong stream, long index) => _state = SandboxHash.Of(seed, stream, index);

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A uniform integer in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public double NextDouble() => SandboxHash.Unit(NextUInt64());

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

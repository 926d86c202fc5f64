namespace Connectors.Bench;

/// <summary>Keys for generated people: sequential row numbers spread over the key space, as real emails and phones are.</summary>
internal static class BenchKeys
{
    /// <summary>A distinct number per row in no useful order (Knuth's multiplicative hash), so inserts land on random index pages.</summary>
    public static uint Scatter(int i) => unchecked((uint)i * 2654435761u);
}

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>
/// Stars as review sites see them: J-shaped, mostly 5, a second bump at 1 (angry buyers write), few 2 and 3.
/// </summary>
internal static class StarDistribution
{
    /// <summary>A rating from a uniform roll in [0, 100).</summary>
    public static int Pick(int roll) => roll switch
    {
        < 52 => 5,
        < 72 => 4,
        < 79 => 3,
        < 85 => 2,
        _ => 1,
    };

    /// <summary>A headline from a feedback phrase: its first clause.</summary>
    public static string Headline(string phrase)
    {
        var cut = phrase.IndexOfAny([',', '.', '!', '。', '、', '！']);
        return cut > 0 ? phrase[..cut] : phrase;
    }
}

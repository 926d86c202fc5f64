namespace Connectors.Sandbox.Framework;

/// <summary>
/// Multilingual free text for notes and feedback (en, de, fr, es, it, nl, pt, pl, ja), chosen
/// deterministically from a caller-supplied variant number so emulators stay reproducible.
/// </summary>
public static class SandboxText
{
    /// <summary>The languages texts exist for.</summary>
    public static IReadOnlyList<string> Languages { get; } = [.. TextPools.ByLanguage.Keys];

    /// <summary>A note a buyer leaves on an order: a delivery instruction, or now and then a complaint.</summary>
    public static string OrderNote(string language, ulong variant)
    {
        var pool = TextPools.For(language);
        var pick = variant % 10;
        return pick < 7
            ? pool.DeliveryNotes[(int)(variant / 10 % (ulong)pool.DeliveryNotes.Length)]
            : pool.Complaints[(int)(variant / 10 % (ulong)pool.Complaints.Length)];
    }

    /// <summary>A note staff keep about a customer.</summary>
    public static string CustomerNote(string language, ulong variant)
    {
        var pool = TextPools.For(language);
        return pool.CustomerNotes[(int)(variant % (ulong)pool.CustomerNotes.Length)];
    }

    /// <summary>Feedback text matching a 1-5 star rating: complaints for 1-2, neutral for 3, praise for 4-5.</summary>
    public static string Feedback(string language, int stars, ulong variant)
    {
        var pool = TextPools.For(language);
        var texts = stars switch
        {
            <= 2 => pool.Complaints,
            3 => pool.Neutral,
            _ => pool.Praise,
        };
        return texts[(int)(variant % (ulong)texts.Length)];
    }
}

namespace Connectors.Plugins.Trustpilot.Mapping;

/// <summary>How records are keyed: a consumer by Trustpilot's consumer id, reviews by theirs.</summary>
internal static class ConsumerKeys
{
    public static string Consumer(string consumerId) => "consumer:" + consumerId;

    public static string ServiceReview(string reviewId) => "review:" + reviewId;

    public static string ProductReview(string reviewId) => "product-review:" + reviewId;

    /// <summary>The country of a <c>displayLocation</c> such as "Hamburg, DE", or null.</summary>
    public static string? Country(string? location)
    {
        var cut = location?.LastIndexOf(',') ?? -1;
        var code = cut < 0 ? null : location![(cut + 1)..].Trim();
        return code is { Length: 2 } && code.All(char.IsAsciiLetterUpper) ? code : null;
    }

    /// <summary>
    /// The consumer met twice in one batch: the newer review's record, whole. Not a field-by-field merge: a re-read
    /// of a later window must give the same record as the full read did.
    /// </summary>
    public static Abstractions.CustomerRecord Newest(Abstractions.CustomerRecord a, Abstractions.CustomerRecord b) => b.SeenAt >= a.SeenAt ? b : a;
}

namespace Connectors.Plugins.Trustpilot.Mapping;

/// <summary>
/// How records are keyed. The referral email belongs to the invitation, not to the Trustpilot account: an invited
/// review's author is the invited buyer (<c>buyer:&lt;email&gt;</c>, with the order), an organic review's the account
/// (<c>consumer:&lt;id&gt;</c>), a product review's <c>product-consumer:&lt;id&gt;</c>; each carries the account as a
/// <c>trustpilot</c> identity, so the host joins them into one customer.
/// </summary>
internal static class ConsumerKeys
{
    public static string Consumer(string consumerId) => "consumer:" + consumerId;

    public static string Buyer(string email) => "buyer:" + email.Trim().ToLowerInvariant();

    public static string ProductConsumer(string consumerId) => "product-consumer:" + consumerId;

    /// <summary>The Trustpilot account as an identity the host matches across records.</summary>
    public static IReadOnlyList<Abstractions.CustomerIdentity> Account(string? consumerId) =>
        consumerId is null ? [] : [new Abstractions.CustomerIdentity(Abstractions.Channels.Trustpilot, consumerId)];

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

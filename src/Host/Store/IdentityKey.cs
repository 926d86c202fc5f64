namespace Connectors.Host.Store;

/// <summary>
/// The 64-bit number <c>customer_identities</c> is indexed by: the <see cref="ContentHash"/> of channel and external
/// id. Emails and phones arrive in no order, so every new identity lands on a random page of that index, and a group
/// of batches rewrites about one page per identity. Numbers make an index about a third the size of one on the texts: it stays in the
/// page cache, and a backfill dirties and commits a third of the pages. The key is unique in the store, so claiming
/// a new identity is one insert; two identities can share a key (about once in 10^12 pairs), and then the second is
/// stored without one (see <see cref="CustomerUpserter"/>), so every match also compares the texts.
/// </summary>
internal static class IdentityKey
{
    /// <summary>The same function in SQL, for the migration that keys the rows already stored.</summary>
    public const string SqlFunction = "connectors_identity_key";

    public static long Of(string channel, string externalId) => ContentHash.Of(channel, externalId);
}

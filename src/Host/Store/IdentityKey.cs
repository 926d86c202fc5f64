using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Connectors.Host.Store;

/// <summary>
/// The 64-bit number <c>customer_identities</c> is indexed by: XxHash3 of channel and external id in UTF-8, each
/// followed by a unit separator (the <see cref="ContentHash"/> of the two, without its allocations). Emails and phones
/// arrive in no order, so every new identity lands on a random page of that index, and a group of batches rewrites
/// about one page per identity. Numbers make an index about a third the size of one on the texts: it stays in the
/// page cache, and a backfill dirties and commits a third of the pages. The key is unique in the store, so claiming
/// a new identity is one insert; two identities can share a key (about once in 10^12 pairs), and then the second is
/// stored without one (see <see cref="CustomerUpserter"/>), so every match also compares the texts.
/// </summary>
internal static class IdentityKey
{
    /// <summary>The same function in SQL, for the migration that keys the rows already stored.</summary>
    public const string SqlFunction = "connectors_identity_key";

    private const byte Separator = 0x1f;

    public static long Of(string channel, string externalId)
    {
        var most = Encoding.UTF8.GetMaxByteCount(channel.Length + externalId.Length) + 2;
        var rented = most > 256 ? ArrayPool<byte>.Shared.Rent(most) : null;
        var buffer = rented ?? stackalloc byte[256];
        var length = Encoding.UTF8.GetBytes(channel, buffer);
        buffer[length++] = Separator;
        length += Encoding.UTF8.GetBytes(externalId, buffer[length..]);
        buffer[length++] = Separator;
        var key = unchecked((long)XxHash3.HashToUInt64(buffer[..length]));
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return key;
    }
}

using Connectors.Abstractions;
using Connectors.Host.Store;

namespace Connectors.Host.Tests.Store;

public sealed class ContentHashTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Hashes_stay_the_ones_already_stored_so_an_upgrade_does_not_see_every_record_as_changed()
    {
        // Pinned values: stores written by earlier versions hold them in content_hash.
        var hash = new ContentHash().Add("shopify").Add((string?)null).Add(42L).Add((long?)null).Add(0.25).Add(true).Add(false)
            .Add(At).Add((DateTimeOffset?)null).Add(ReplyState.None).Add(new Uri("https://example.com/r/1")).Add("Zoë ✓")
            .AddAll(["vip", "b2b"]).AddAll([]).Value;

        Assert.Equal(PinnedHash, hash);
    }

    [Fact]
    public void Field_boundaries_count()
    {
        Assert.NotEqual(new ContentHash().Add("ab").Add("c").Value, new ContentHash().Add("a").Add("bc").Value);
        Assert.NotEqual(new ContentHash().Add((string?)null).Value, new ContentHash().Add(string.Empty).Value);
    }

    private const long PinnedHash = -7025759054526700306;
}

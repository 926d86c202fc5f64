using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Store;

/// <summary>
/// Identities are indexed by a 64-bit key of their texts. Real collisions are too rare to find, so these tests plant
/// a row that holds another identity's key, and check that matching still goes by the texts.
/// </summary>
public sealed class IdentityKeyTests : MigratedStore
{
    [Fact]
    public void The_key_is_stable_and_tells_channel_from_value()
    {
        Assert.Equal(IdentityKey.Of("email", "ada@example.com"), IdentityKey.Of("email", "ada@example.com"));
        Assert.NotEqual(IdentityKey.Of("email", "ada@example.com"), IdentityKey.Of("phone", "ada@example.com"));
        Assert.NotEqual(IdentityKey.Of("em", "ailada@example.com"), IdentityKey.Of("email", "ada@example.com"));
        // The content hash of the two texts, however long they are (stored keys must never change).
        var longValue = new string('é', 300) + "@example.com";
        Assert.Equal(new ContentHash().Add("email").Add(longValue).Value, IdentityKey.Of("email", longValue));
        Assert.Equal(new ContentHash().Add("phone").Add("+441234567890").Value, IdentityKey.Of("phone", "+441234567890"));
    }

    [Fact]
    public async Task A_new_identity_is_stored_under_its_key()
    {
        await Write(Customer("c1", email: "ada@example.com"));

        Assert.Equal(
            IdentityKey.Of("email", "ada@example.com"),
            StoreQueries.Scalar(Db, "SELECT key_hash FROM customer_identities WHERE external_id = 'ada@example.com'"));
    }

    [Fact]
    public async Task An_identity_whose_key_another_holds_is_stored_without_one_and_still_matches_by_its_texts()
    {
        await Write(Customer("holder", email: "grace@example.com"));
        var holder = StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_identities WHERE external_id = 'grace@example.com'");
        // Plant the collision: grace's row holds ada's key, as if both texts hashed alike.
        StoreQueries.Execute(Db, $"UPDATE customer_identities SET key_hash = {IdentityKey.Of("email", "ada@example.com")} WHERE external_id = 'grace@example.com'");

        await Write(Customer("c1", email: "ada@example.com"));
        await Write(Customer("c2", email: "ada@example.com"));

        var ada = StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_sources WHERE source_id = 'c1'");
        Assert.NotEqual(holder, ada);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customer_identities WHERE external_id = 'ada@example.com' AND key_hash IS NULL"));
        Assert.Equal("email", StoreQueries.Text(Db, "SELECT match_reason FROM customer_sources WHERE source_id = 'c2'"));
        Assert.Equal(ada, StoreQueries.Scalar(Db, "SELECT customer_id FROM customer_sources WHERE source_id = 'c2'"));
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customer_identities"));
    }

    private async Task Write(params object[] records)
    {
        await using var writer = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(), CancellationToken.None);
        await writer.CommitAsync("src", "customers", 0, Batch(records), T0, CancellationToken.None);
    }
}

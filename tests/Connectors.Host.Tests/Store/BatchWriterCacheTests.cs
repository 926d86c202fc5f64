using Connectors.Abstractions;
using Connectors.Host.Store;
using Connectors.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Store;

/// <summary>A long-running host opens a writer per sync; the pooled connection it leaves must not keep the sync's page cache.</summary>
public sealed class BatchWriterCacheTests : MigratedStore
{
    [Fact]
    public async Task A_disposed_writer_leaves_its_pooled_connection_without_the_page_cache_it_filled()
    {
        await using (var writer = await BatchWriter.OpenAsync(Connections, router: null, CancellationToken.None))
        {
            var batch = new SourceBatch { Feedback = [.. Enumerable.Range(0, 20_000).Select(i => Feedback($"f{i}", body: new string('x', 200)))] };
            await writer.CommitAsync("src", "items", 0, batch, T0, CancellationToken.None);
        }

        // The pool hands the writer's connection out again.
        await using var pooled = (SqliteConnection)await Connections.OpenAsync(CancellationToken.None);

        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_db_status(pooled.Handle, raw.SQLITE_DBSTATUS_CACHE_USED, out var cacheBytes, out _, 0));
        Assert.True(cacheBytes < 256 * 1024, $"the pooled connection still holds {cacheBytes:N0} bytes of page cache");
    }
}

using Connectors.Abstractions;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Tests.Support;
using Microsoft.Data.Sqlite;
using static Connectors.Host.Tests.Support.Records;

namespace Connectors.Host.Tests.Store;

/// <summary>Batches written back to back share a transaction (a group): what readers and a crash see.</summary>
public sealed class BatchWriterGroupTests : MigratedStore
{
    [Fact]
    public async Task A_group_is_invisible_until_it_commits_and_then_every_batch_of_it_is_there()
    {
        await using var writer = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(), CancellationToken.None);

        var first = await Write(writer, Checkpointed("1", Feedback("f1")));
        var second = await Write(writer, Checkpointed("2", Feedback("f2"), Feedback("f3")));

        Assert.Equal((default(WriteCounts), default(WriteCounts)), (first, second));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal(new WriteCounts(3, 0, 0), await writer.CommitPendingAsync(CancellationToken.None));
        Assert.Equal(3, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal("2", StoreQueries.Text(Db, "SELECT value FROM checkpoints WHERE connector = 'src'"));
        Assert.Equal(default, await writer.CommitPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_group_commits_by_itself_once_it_holds_enough_records()
    {
        await using var writer = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(), CancellationToken.None);
        var half = BatchWriter.MaxGroupRecords / 2;

        var first = await Write(writer, Checkpointed("1", [.. Enumerable.Range(0, half).Select(i => Feedback($"a{i}"))]));
        var second = await Write(writer, Checkpointed("2", [.. Enumerable.Range(0, half).Select(i => Feedback($"b{i}"))]));

        Assert.Equal(default, first);
        Assert.Equal(new WriteCounts(BatchWriter.MaxGroupRecords, 0, 0), second);
        Assert.Equal(BatchWriter.MaxGroupRecords, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
    }

    [Fact]
    public async Task A_failing_batch_rolls_its_group_back_to_the_last_commit_so_the_next_run_reads_it_again()
    {
        StoreQueries.Execute(Db, "CREATE TRIGGER refuse BEFORE INSERT ON feedback WHEN NEW.source_id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        await using var writer = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(), CancellationToken.None);
        await writer.CommitAsync("src", "items", 0, Checkpointed("1", Feedback("f1")), T0, CancellationToken.None);
        await Write(writer, Checkpointed("2", Feedback("f2")));

        var error = await Assert.ThrowsAsync<SqliteException>(() => Write(writer, Checkpointed("3", Feedback("bad"))));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
        Assert.Equal("1", StoreQueries.Text(Db, "SELECT value FROM checkpoints WHERE connector = 'src'"));
        Assert.Equal(default, await writer.CommitPendingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_webhook_delivery_refuses_to_start_inside_an_open_group_and_leaves_it_intact()
    {
        await using var writer = await BatchPipeline.OpenAsync(Connections, PipelineStages.Bare(), CancellationToken.None);
        await Write(writer, Checkpointed("1", Feedback("f1")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => writer.CommitDeliveryAsync("src", "delivery-1", Batch(Feedback("f2")), T0, CancellationToken.None));

        Assert.Contains("CommitPendingAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(new WriteCounts(1, 0, 0), await writer.CommitPendingAsync(CancellationToken.None));
        Assert.Equal(new WriteCounts(1, 0, 0), await writer.CommitDeliveryAsync("src", "delivery-1", Batch(Feedback("f2")), T0, CancellationToken.None));
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback"));
    }

    private static Task<WriteCounts> Write(BatchPipeline writer, SourceBatch batch) =>
        writer.WriteAsync("src", "items", 0, writer.Prepare("src", batch, T0), T0, commitNow: false, CancellationToken.None);

    private static SourceBatch Checkpointed(string checkpoint, params FeedbackRecord[] feedback) =>
        new() { Feedback = feedback, Checkpoint = checkpoint };
}

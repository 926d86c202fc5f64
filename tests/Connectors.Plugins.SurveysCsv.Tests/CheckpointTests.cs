namespace Connectors.Plugins.SurveysCsv.Tests;

public sealed class CheckpointTests : IDisposable
{
    private const string Header = "Email,score,submitted_at\n";
    private readonly SurveyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SurveysCsvSource Source(int batchSize = 500) => _folder.Source(new SurveysCsvOptions
    {
        Directory = "answers",
        Scale = "nps-0-10",
        BatchSize = batchSize,
        Columns = new SurveyColumnMap { Email = "email", Score = "score", SubmittedAt = "submitted_at" },
    });

    private static string Rows(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"p{i}@example.com,{i % 11},2024-05-01\n"));

    [Fact]
    public async Task An_appended_export_is_read_from_where_the_last_run_stopped()
    {
        _folder.Write("a.csv", Header + Rows(1, 3));
        var first = await SurveyFolder.ReadAllAsync(Source());
        Assert.Equal("{\"files\":{\"a.csv\":3}}", first[^1].Checkpoint);

        _folder.Append("a.csv", Rows(4, 5));
        var second = await SurveyFolder.ReadAllAsync(Source(), first[^1].Checkpoint);

        Assert.Equal(["a.csv:5", "a.csv:6"], second.SelectMany(b => b.Feedback).Select(f => f.SourceId));
        Assert.Equal(["p4@example.com", "p5@example.com"], second.SelectMany(b => b.Customers).Select(c => c.SourceId).Order());
        Assert.Equal("{\"files\":{\"a.csv\":5}}", second[^1].Checkpoint);
    }

    [Fact]
    public async Task A_run_with_nothing_new_yields_no_batches()
    {
        _folder.Write("a.csv", Header + Rows(1, 3));
        _folder.Write("b.csv", Header + Rows(4, 4));
        var first = await SurveyFolder.ReadAllAsync(Source());

        var second = await SurveyFolder.ReadAllAsync(Source(), first[^1].Checkpoint);

        Assert.Empty(second);
    }

    [Fact]
    public async Task A_new_file_is_read_whole_and_earlier_files_are_carried_over()
    {
        _folder.Write("b.csv", Header + Rows(1, 2));
        var first = await SurveyFolder.ReadAllAsync(Source());

        _folder.Write("a.csv", Header + Rows(3, 5));
        var second = await SurveyFolder.ReadAllAsync(Source(), first[^1].Checkpoint);

        Assert.Equal(["a.csv:2", "a.csv:3", "a.csv:4"], second.SelectMany(b => b.Feedback).Select(f => f.SourceId));
        Assert.Equal("{\"files\":{\"a.csv\":3,\"b.csv\":2}}", Assert.Single(second).Checkpoint);
    }

    [Fact]
    public async Task Entries_of_files_gone_from_the_folder_are_kept()
    {
        _folder.Write("a.csv", Header + Rows(1, 1));

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(Source(), "{\"files\":{\"old.csv\":40}}"));

        Assert.Equal("{\"files\":{\"a.csv\":1,\"old.csv\":40}}", batch.Checkpoint);
    }

    [Fact]
    public async Task Batches_follow_the_batch_size_and_each_carries_its_checkpoint()
    {
        _folder.Write("a.csv", Header + Rows(1, 2) + "bad@example.com,x,2024-05-01\n" + Rows(4, 5));
        var batches = await SurveyFolder.ReadAllAsync(Source(batchSize: 2));

        Assert.Equal([2, 1, 1], batches.Select(b => b.Feedback.Count));
        Assert.Equal([0, 1, 0], batches.Select(b => b.Problems.Count));
        Assert.Equal(
            ["{\"files\":{\"a.csv\":2}}", "{\"files\":{\"a.csv\":4}}", "{\"files\":{\"a.csv\":5}}"],
            batches.Select(b => b.Checkpoint));
    }

    [Fact]
    public async Task Resuming_from_a_mid_file_checkpoint_reads_only_the_rest()
    {
        _folder.Write("a.csv", Header + Rows(1, 5));

        var batches = await SurveyFolder.ReadAllAsync(Source(), "{\"files\":{\"a.csv\":4}}");

        Assert.Equal(["a.csv:6"], batches.SelectMany(b => b.Feedback).Select(f => f.SourceId));
    }

    [Fact]
    public async Task A_file_shorter_than_its_checkpoint_is_reported()
    {
        _folder.Write("a.csv", Header + Rows(1, 2));

        var batch = Assert.Single(await SurveyFolder.ReadAllAsync(Source(), "{\"files\":{\"a.csv\":5}}"));

        Assert.Empty(batch.Feedback);
        Assert.Equal("a.csv", Assert.Single(batch.Problems).Location);
        Assert.Equal("{\"files\":{\"a.csv\":5}}", batch.Checkpoint);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"files\":[1,2]}")]
    [InlineData("{\"files\":{\"a.csv\":-1}}")]
    [InlineData("null")]
    [InlineData("{\"version\":2,\"rows\":{\"a.csv\":5}}")] // a newer release's: not read as empty (every file re-read); found by the test kit
    public void An_unparseable_checkpoint_is_refused_with_a_clear_message(string checkpoint)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Source().ReadAsync("answers", checkpoint, CancellationToken.None));

        Assert.Contains("checkpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("{\"files\":{\"answers.csv\":120}}", error.Message, StringComparison.Ordinal);
    }
}

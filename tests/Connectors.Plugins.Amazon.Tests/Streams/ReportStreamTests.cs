using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Reports;
using Connectors.Plugins.Amazon.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Amazon;

namespace Connectors.Plugins.Amazon.Tests.Streams;

/// <summary>The report streams against the emulator: request, poll, resume, fail clearly.</summary>
public sealed class ReportStreamTests : IAsyncLifetime, IDisposable
{
    private readonly SourceHost _host = new();
    private SandboxServer _sandbox = null!;

    private AmazonEmulator Amazon => AmazonEmulator.Of(_sandbox);

    public async Task InitializeAsync() => _sandbox = await AmazonSandbox.StartAsync(customers: 400);

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_backfill_reads_every_row_of_one_report_per_marketplace_with_its_dates_and_charset()
    {
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "US", "DE", "JP"));

        var batches = await SourceHost.ReadAllAsync(source, AmazonSource.SellerFeedbackStream);

        var reports = Amazon.Reports.All;
        Assert.Equal(3, reports.Count);
        var feedback = batches.SelectMany(b => b.Feedback).ToList();
        Assert.Equal(reports.Sum(r => r.Rows ?? 0), feedback.Count);
        Assert.Empty(batches.SelectMany(b => b.Problems));
        Assert.All(feedback, f =>
        {
            Assert.Equal(FeedbackKinds.SellerFeedback, f.Kind);
            Assert.InRange(f.Rating!.Value.Raw, 1, 3);
            Assert.NotNull(Amazon.Orders.Find(f.OrderId!));
            Assert.InRange(f.OccurredAt, AmazonSandbox.StartDate, TimeProvider.System.GetUtcNow().AddDays(1));
        });
        // German comments come in ISO-8859-1 and Japanese ones in UTF-8: decoded, not garbled.
        Assert.Contains(feedback, f => Amazon.Orders.Find(f.OrderId!)!.Marketplace.Id == "A1PA6795UKMFR9" && f.Body!.Any(c => c is 'ä' or 'ö' or 'ü' or 'ß'));
        Assert.DoesNotContain(feedback, f => f.Body?.Contains('\uFFFD', StringComparison.Ordinal) == true);
        Assert.Contains(batches.SelectMany(b => b.Messages), m => m.Direction == MessageDirection.Outbound && m.ThreadKey.StartsWith("feedback/", StringComparison.Ordinal));
        Assert.Contains(feedback, f => f.ReplyState == ReplyState.Answered);
    }

    [Fact]
    public async Task The_report_id_is_committed_before_any_row_and_a_restart_polls_the_same_report()
    {
        Amazon.Knobs = Amazon.Knobs with { HoldReports = true };
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "DE"));
        string checkpoint;
        await using (var first = source.ReadAsync(AmazonSource.ReturnsStream, null, CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await first.MoveNextAsync());
            Assert.Equal(0, first.Current.RecordCount);
            checkpoint = first.Current.Checkpoint!;
        }

        var report = Assert.Single(Amazon.Reports.All);
        Assert.Contains(report.ReportId, checkpoint, StringComparison.Ordinal);
        Amazon.Knobs = Amazon.Knobs with { HoldReports = false };

        var resumed = await SourceHost.ReadAllAsync(_host.Create(AmazonSandbox.Options(_sandbox, "DE")), AmazonSource.ReturnsStream, checkpoint);

        Assert.Single(Amazon.Reports.All);
        Assert.Equal(report.Rows, resumed.Sum(b => b.Feedback.Count));
        Assert.All(resumed.SelectMany(b => b.Feedback), f =>
        {
            Assert.Equal(FeedbackKinds.ReturnReason, f.Kind);
            Assert.False(string.IsNullOrEmpty(f.Title));
            Assert.DoesNotContain('_', f.Title!);
        });
        Assert.DoesNotContain(report.ReportId, resumed[^1].Checkpoint!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_marketplace_s_report_is_requested_before_the_first_is_waited_for()
    {
        // Held reports stay IN_PROGRESS: a stream that waited for one before requesting the next would stop at one.
        Amazon.Knobs = Amazon.Knobs with { HoldReports = true };
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "US", "DE", "JP"));
        var checkpoints = new List<string>();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // fails instead of polling a held report forever
        await using (var first = source.ReadAsync(AmazonSource.SellerFeedbackStream, null, bound.Token).GetAsyncEnumerator())
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.True(await first.MoveNextAsync());
                Assert.Equal(0, first.Current.RecordCount);
                checkpoints.Add(first.Current.Checkpoint!);
            }
        }

        var reports = Amazon.Reports.All;
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Contains(r.ReportId, checkpoints[^1], StringComparison.Ordinal));
        Amazon.Knobs = Amazon.Knobs with { HoldReports = false };

        var resumed = await SourceHost.ReadAllAsync(_host.Create(AmazonSandbox.Options(_sandbox, "US", "DE", "JP")), AmazonSource.SellerFeedbackStream, checkpoints[^1]);

        Assert.Equal(3, Amazon.Reports.All.Count);
        Assert.Equal(reports.Sum(r => Amazon.Reports.All.Single(x => x.ReportId == r.ReportId).Rows ?? 0), resumed.Sum(b => b.Feedback.Count));
    }

    [Fact]
    public async Task A_fatal_report_fails_the_run_and_the_next_run_requests_a_fresh_one()
    {
        Amazon.Knobs = Amazon.Knobs with { FinalReportStatus = "FATAL" };
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "US"));
        var committed = new List<SourceBatch>();

        var error = await Assert.ThrowsAsync<ReportFailedException>(async () =>
        {
            await foreach (var batch in source.ReadAsync(AmazonSource.SellerFeedbackStream, null, CancellationToken.None))
            {
                committed.Add(batch);
            }
        });

        Assert.Contains("FATAL", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, committed.Sum(b => b.RecordCount));
        Amazon.Knobs = Amazon.Knobs with { FinalReportStatus = "DONE" };
        var again = await SourceHost.ReadAllAsync(source, AmazonSource.SellerFeedbackStream, committed[^1].Checkpoint);
        Assert.Equal(2, Amazon.Reports.All.Count);
        Assert.True(again.Sum(b => b.Feedback.Count) > 0);
    }

    [Fact]
    public async Task A_report_cancelled_before_it_ran_fails_the_run_but_one_amazon_found_empty_does_not()
    {
        Amazon.Knobs = Amazon.Knobs with { ReportPollsPerStatus = 1000 };
        var source = _host.Create(AmazonSandbox.Options(_sandbox, "US"));
        await using (var run = source.ReadAsync(AmazonSource.ReturnsStream, null, CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await run.MoveNextAsync());
            var report = Assert.Single(Amazon.Reports.All);
            Amazon.Reports.Force(report, "CANCELLED");
            Assert.True(await run.MoveNextAsync()); // the checkpoint that lets the report go, committed before the run fails
            Assert.DoesNotContain(report.ReportId, run.Current.Checkpoint!, StringComparison.Ordinal);
            var error = await Assert.ThrowsAsync<ReportFailedException>(async () => await run.MoveNextAsync());
            Assert.Contains("CANCELLED before it was processed", error.Message, StringComparison.Ordinal);
        }

        Amazon.Knobs = Amazon.Knobs with { ReportPollsPerStatus = 1 };
        var recent = AmazonSandbox.Options(_sandbox, "US");
        recent.StartDate = TimeProvider.System.GetUtcNow().AddDays(-1); // after the seeded history: Amazon cancels the empty report
        var empty = await SourceHost.ReadAllAsync(_host.Create(recent), AmazonSource.ReturnsStream);
        Assert.Equal("CANCELLED", Amazon.Reports.All[^1].ProcessingStatus);
        Assert.Equal(0, empty.Sum(b => b.RecordCount));
        Assert.Contains("through", empty[^1].Checkpoint!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzip_documents_and_a_mid_run_token_expiry_give_the_same_rows()
    {
        var options = AmazonSandbox.Options(_sandbox, "GB");
        var plain = await SourceHost.ReadAllAsync(_host.Create(options), AmazonSource.SellerFeedbackStream);
        Amazon.Knobs = Amazon.Knobs with { GzipAboveRows = 0, ReportPollsPerStatus = 3 };
        var source = _host.Create(options);
        var zipped = new List<SourceBatch>();
        await foreach (var batch in source.ReadAsync(AmazonSource.SellerFeedbackStream, null, CancellationToken.None))
        {
            zipped.Add(batch);
            Amazon.Tokens.ExpireAll(); // after the report was requested: the polls meet an expired token
        }

        Assert.True(Amazon.Reports.All[^1].Compressed);
        Assert.Equal(
            plain.SelectMany(b => b.Feedback).Select(f => f.SourceId + f.Body).Order(StringComparer.Ordinal),
            zipped.SelectMany(b => b.Feedback).Select(f => f.SourceId + f.Body).Order(StringComparer.Ordinal));
        Assert.True(_sandbox.Vendor("amazon").Counters[Connectors.Sandbox.Framework.SandboxCounters.Unauthorized] > 0);
    }
}

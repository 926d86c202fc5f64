using Connectors.Abstractions;
using Connectors.Sandbox.Framework;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task A_429_is_retried_after_its_retry_after_and_holds_back_the_rest_of_the_batch_unsent()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { RetryAfterSeconds = 90 };
        sandbox.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });
        var sink = sandbox.Sink();
        SinkItem[] batch = [Items.Alert("a"), Items.Alert("b"), Items.Alert("c")];

        var results = await sink.PushAsync(batch, CancellationToken.None);
        sandbox.Vendor.Faults.Reset();
        sandbox.Clock.Advance(TimeSpan.FromSeconds(91));
        var later = await sink.PushAsync(batch, CancellationToken.None);

        Assert.All(results, r => Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(90)), (r.Outcome, r.RetryAfter)));
        Assert.StartsWith($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} is throttling: 429 {{\"error\":\"rate_limited\"", results[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("held back for 90 s by the receiver's Retry-After", results[1].Error, StringComparison.Ordinal);
        Assert.All(later, r => Assert.Equal(SinkOutcome.Done, r.Outcome));
        Assert.Equal(4, sandbox.Vendor.Counters.Requests);
        Assert.True(sandbox.Clock.Slept < TimeSpan.FromSeconds(1), $"slept {sandbox.Clock.Slept}");
    }

    [Fact]
    public async Task A_retry_after_given_as_an_http_date_is_honoured_as_the_wait_until_then()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { RetryAfterSeconds = 120, RetryAfterAsDate = true };
        sandbox.Vendor.Faults.Set(new FaultSettings { ThrottleShare = 1 });

        var result = (await sandbox.Sink().PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(120)), (result.Outcome, result.RetryAfter));
    }

    [Fact]
    public async Task A_short_retry_after_is_waited_out_in_the_push_for_the_next_items()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { AnswerStatus = 429, RetryAfterSeconds = 5 };
        var sink = sandbox.Sink();

        var first = (await sink.PushAsync([Items.Alert("a")], CancellationToken.None)).Single();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { AnswerStatus = null };
        var next = (await sink.PushAsync([Items.Alert("b")], CancellationToken.None)).Single();

        Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(5)), (first.Outcome, first.RetryAfter));
        Assert.Equal(SinkOutcome.Done, next.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(5), sandbox.Clock.Slept);
    }

    [Fact]
    public async Task A_server_error_is_a_retry()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Vendor.Faults.Set(new FaultSettings { ServerErrorShare = 1 });

        var result = (await sandbox.Sink().PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Retry, result.Outcome);
        Assert.StartsWith($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} failed: 50", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Vendor.Counters.Requests);
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(503, 7)]
    [InlineData(408, null)]
    public async Task Timeouts_and_5xx_from_the_receiver_are_retries_with_its_retry_after(int status, int? retryAfter)
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { AnswerStatus = status, RetryAfterSeconds = retryAfter ?? 1 };

        var result = (await sandbox.Sink().PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Retry, result.Outcome);
        Assert.Equal(retryAfter is { } s ? TimeSpan.FromSeconds(s) : null, result.RetryAfter);
        Assert.Contains($"failed: {status} ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_fails_the_item_with_the_status_and_the_first_200_characters_of_the_answer()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var words = "{\"error\":\"unknown_rule\",\"message\":\"" + new string('x', 300) + "\"}";
        sandbox.Receiver.Knobs = sandbox.Receiver.Knobs with { AnswerStatus = 400, AnswerBody = words };

        var result = (await sandbox.Sink().PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Failed, result.Outcome);
        Assert.Equal($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} refused the item: 400 {words[..200]}…", result.Error);
    }

    [Fact]
    public async Task A_receiver_that_answers_too_slowly_is_a_retry_after_the_request_timeout()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        sandbox.Vendor.Faults.Set(new FaultSettings { LatencyMs = 3000 });

        var result = (await sandbox.Sink(o => o.RequestTimeout = TimeSpan.FromSeconds(1)).PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Retry, result.Outcome);
        Assert.Equal($"the receiver at {sandbox.Server.BaseUrl.GetLeftPart(UriPartial.Authority)} did not answer within 1 s", result.Error);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_a_retry_naming_only_its_host()
    {
        await using var sandbox = await WebhookSandbox.StartAsync();
        var closed = ClosedPort.Url("services/T0/B0/secret-token");

        var result = (await sandbox.Sink(o => o.Url = closed).PushAsync([Items.Alert()], CancellationToken.None)).Single();

        Assert.Equal(SinkOutcome.Retry, result.Outcome);
        Assert.StartsWith($"could not reach the receiver at {closed.GetLeftPart(UriPartial.Authority)}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", result.Error, StringComparison.Ordinal);
    }
}

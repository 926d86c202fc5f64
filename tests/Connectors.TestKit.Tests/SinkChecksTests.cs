using Connectors.TestKit.Tests.Fixtures;

namespace Connectors.TestKit.Tests;

/// <summary>Every sink check fails on a fixture sink with the flaw it is there to catch, and says what it found.</summary>
public sealed class SinkChecksTests
{
    [Fact]
    public async Task The_results_check_catches_a_missing_result()
    {
        var failure = await FlawedSink<MissingResultPlugin>.FailsAsync(s => s.Every_item_gets_one_result());
        Assert.Contains("no result for item conformance:customer:2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_check_catches_two_results_for_one_item()
    {
        var failure = await FlawedSink<DuplicateResultPlugin>.FailsAsync(s => s.Every_item_gets_one_result());
        Assert.Contains("2 results for item conformance:customer:1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_check_catches_a_failure_without_its_error()
    {
        var failure = await FlawedSink<FailsWithoutErrorPlugin>.FailsAsync(s => s.Every_item_gets_one_result());
        Assert.Contains("is Failed without an error text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_check_catches_a_push_that_throws()
    {
        var failure = await FlawedSink<ThrowsOnPushPlugin>.FailsAsync(s => s.Every_item_gets_one_result());
        Assert.Contains("PushAsync threw InvalidOperationException: the desk said 500", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_idempotency_check_catches_a_second_record_for_a_repeated_item()
    {
        var failure = await FlawedSink<NotIdempotentPlugin>.FailsAsync(s => s.A_repeated_push_is_idempotent());
        Assert.Contains("pushed again after a lost result got sink id rec-", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the test server held 5 records, and 10 after the items were pushed again after a lost result", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cancellation_check_catches_a_sink_that_pushes_anyway()
    {
        var failure = await FlawedSink<IgnoresCancellationSinkPlugin>.FailsAsync(s => s.Cancellation_is_honoured_promptly());
        Assert.Contains("a push with a cancelled token returned 2 results", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limits_check_catches_limits_the_dispatcher_cannot_use()
    {
        var failure = await FlawedSink<BadLimitsPlugin>.FailsAsync(s => { s.The_limits_are_usable(); return Task.CompletedTask; });
        Assert.Contains("BatchSize is 0", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the rate budget is 0 requests per 00:00:00", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_check_catches_an_item_failed_for_a_429()
    {
        var failure = await FlawedSink<FailsOnThrottlePlugin>.FailsAsync(s => s.Rate_limits_are_respected());
        Assert.Contains("ended Failed after the kit answered a 429 (the desk said 429); a 429 is passing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_check_catches_requests_sent_before_retry_after_passed()
    {
        var failure = await FlawedSink<IgnoresRetryAfterPlugin>.FailsAsync(s => s.Rate_limits_are_respected());
        Assert.Contains("sooner than the 429's Retry-After of 2 s allowed", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rate_limit_check_catches_a_sink_that_bypasses_the_context_http_client()
    {
        var failure = await FlawedSink<SendsNoRequestPlugin>.FailsAsync(s => s.Rate_limits_are_respected());
        Assert.Contains("the sink sent no request through context.HttpClient", failure.Message, StringComparison.Ordinal);
    }
}

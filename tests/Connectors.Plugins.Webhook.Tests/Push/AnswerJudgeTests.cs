using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Client;
using Connectors.Plugins.Webhook.Push;

namespace Connectors.Plugins.Webhook.Tests.Push;

public sealed class AnswerJudgeTests
{
    private const string Where = "https://hooks.example.com";

    private static Verdict Judge(int status, string text = "", TimeSpan? retryAfter = null, bool redirected = false) =>
        AnswerJudge.Judge(new WebhookAnswer(status, text, retryAfter, redirected, null), "k", Where, signed: true);

    [Theory]
    [InlineData(200, "ok", "k")]
    [InlineData(200, "1", "k")]
    [InlineData(202, "", "k")]
    [InlineData(201, """{"id": "evt_9"}""", "evt_9")]
    [InlineData(200, """{"id": 42, "ok": true}""", "42")]
    [InlineData(200, """{"id": ""}""", "k")]
    [InlineData(200, "{ not json", "k")]
    public void A_2xx_is_done_with_the_receivers_id_or_the_delivery_key(int status, string text, string sinkId)
    {
        var verdict = Judge(status, text);

        Assert.Equal((SinkOutcome.Done, sinkId), (verdict.Result.Outcome, verdict.Result.SinkId));
        Assert.Null(verdict.Throttle);
    }

    [Fact]
    public void A_429_without_retry_after_waits_a_minute_and_throttles_the_url()
    {
        var verdict = Judge(429, "slow down");

        Assert.Equal((SinkOutcome.Retry, TimeSpan.FromMinutes(1)), (verdict.Result.Outcome, verdict.Result.RetryAfter));
        Assert.Equal(TimeSpan.FromMinutes(1), verdict.Throttle);
    }

    [Fact]
    public void A_5xx_is_a_retry_that_does_not_throttle_the_url()
    {
        var verdict = Judge(502, "<html>\n<body>Bad Gateway</body>\n</html>", TimeSpan.FromSeconds(3));

        Assert.Equal((SinkOutcome.Retry, TimeSpan.FromSeconds(3)), (verdict.Result.Outcome, verdict.Result.RetryAfter));
        Assert.Equal($"the receiver at {Where} failed: 502 <html> <body>Bad Gateway</body> </html>", verdict.Result.Error);
        Assert.Null(verdict.Throttle);
    }

    [Theory]
    [InlineData(404, "channel_not_found")]
    [InlineData(410, "channel_is_archived")]
    [InlineData(422, "")]
    [InlineData(304, "")]
    public void Other_statuses_fail_the_item_with_the_receivers_words(int status, string text)
    {
        var verdict = Judge(status, text);

        Assert.Equal(SinkOutcome.Failed, verdict.Result.Outcome);
        Assert.Equal($"the receiver at {Where} refused the item: {status} {(text.Length > 0 ? text : "(empty body)")}", verdict.Result.Error);
    }

    [Fact]
    public void A_post_turned_into_a_get_by_a_redirect_fails_even_if_the_get_succeeded()
    {
        var verdict = Judge(200, "<html>welcome</html>", redirected: true);

        Assert.Equal(SinkOutcome.Failed, verdict.Result.Outcome);
        Assert.StartsWith($"the receiver at {Where} redirected the POST, so the item was never delivered", verdict.Result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_answer_is_a_retry_with_the_reason()
    {
        var verdict = AnswerJudge.Judge(WebhookAnswer.None("the receiver did not answer within 10 s"), "k", Where, signed: false);

        Assert.Equal((SinkOutcome.Retry, "the receiver did not answer within 10 s"), (verdict.Result.Outcome, verdict.Result.Error));
    }
}

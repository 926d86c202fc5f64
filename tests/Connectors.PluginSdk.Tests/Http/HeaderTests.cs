using Connectors.PluginSdk.Http;

namespace Connectors.PluginSdk.Tests.Http;

public sealed class HeaderTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, 500, TimeSpan.Zero);

    private static HttpResponseMessage Answer(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    [Theory]
    [InlineData("7", 7.0)]
    [InlineData("Sun, 01 Jun 2025 12:00:10 GMT", 10.0)]   // 9.5 s from now, rounded up to whole seconds
    [InlineData("Sun, 01 Jun 2025 11:00:00 GMT", 0.0)]    // a date in the past is no wait
    public void Retry_after_reads_seconds_and_dates_as_a_wait_from_now(string header, double seconds)
    {
        using var answer = Answer(("Retry-After", header));

        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Read(answer.Headers, Now));
    }

    [Fact]
    public void Retry_after_is_null_when_absent()
    {
        using var answer = Answer();

        Assert.Null(RetryAfterHeader.Read(answer.Headers, Now));
    }

    [Fact]
    public void Rate_headers_take_the_first_name_present_and_convert_units()
    {
        var names = new RateLimitHeaderNames
        {
            Limit = ["ratelimit-limit", "X-Rate-Limit"],
            Remaining = ["ratelimit-remaining", "X-Rate-Limit-Remaining"],
            ResetSeconds = ["ratelimit-reset"],
            WindowMilliseconds = ["X-Window-Ms"],
        };
        using var answer = Answer(("X-Rate-Limit", "700"), ("ratelimit-limit", "400"), ("X-Rate-Limit-Remaining", "12"), ("ratelimit-reset", "30"), ("X-Window-Ms", "10000"));

        Assert.Equal(new RateLimitHeaders(400, 12, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)), RateLimitHeaders.Read(answer.Headers, names));
    }

    [Fact]
    public void Rate_headers_are_null_when_none_is_there_or_none_is_a_number()
    {
        using var none = Answer(("X-Other", "1"));
        using var garbled = Answer(("RateLimit-Limit", "many"));

        Assert.Null(RateLimitHeaders.Read(none.Headers, RateLimitHeaderNames.Ietf));
        Assert.Null(RateLimitHeaders.Read(garbled.Headers, RateLimitHeaderNames.Ietf));
    }
}

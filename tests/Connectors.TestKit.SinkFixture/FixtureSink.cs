using Connectors.Abstractions;

namespace Connectors.TestKit.SinkFixture;

/// <summary>A sink into a <see cref="FixtureDesk"/>; each flaw breaks one rule.</summary>
public sealed class FixtureSink(IConnectorContext context, SinkFlaws flaws) : ISinkConnector
{
    private readonly FixtureSinkOptions _options = context.GetOptions<FixtureSinkOptions>();

    // A 429's wait holds for later pushes too: the dispatcher pushes the next batch at once.
    private DateTimeOffset _resumeAt;

    public SinkLimits Limits => Has(SinkFlaws.BadLimits) ? new SinkLimits(0, 0, TimeSpan.Zero) : new SinkLimits(_options.BatchSize, 100, TimeSpan.FromSeconds(10));

    public Task<CheckResult> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(_options.ApiKey == FixtureSinkOptions.GoodKey
        ? CheckResult.Success($"connected to the fixture desk, {Desk.Count} records")
        : CheckResult.Failure("the fixture desk refused the API key; set apiKey to your desk's key"));

    public async Task<IReadOnlyList<SinkItemResult>> PushAsync(IReadOnlyList<SinkItem> batch, CancellationToken cancellationToken)
    {
        if (!Has(SinkFlaws.IgnoresCancellation))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        await Task.Yield();
        if (Has(SinkFlaws.Throws))
        {
            throw new InvalidOperationException("the desk said 500");
        }

        var results = new List<SinkItemResult>();
        foreach (var item in batch)
        {
            var now = context.TimeProvider.GetUtcNow();
            if (now < _resumeAt)
            {
                results.Add(SinkItemResult.Retry(item.IdempotencyKey, "not sent: the desk asked to wait (429)", _resumeAt - now));
                continue;
            }

            if (_options.Endpoint is { } endpoint && !Has(SinkFlaws.SendsNoRequest))
            {
                using var response = await context.HttpClient.PostAsync(
                    new Uri(endpoint, "items"), new StringContent(item.IdempotencyKey), Has(SinkFlaws.IgnoresCancellation) ? CancellationToken.None : cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
                {
                    if (Has(SinkFlaws.FailsOnThrottle))
                    {
                        results.Add(SinkItemResult.Failed(item.IdempotencyKey, "the desk said 429"));
                    }
                    else if (Has(SinkFlaws.IgnoresRetryAfter))
                    {
                        results.Add(SinkItemResult.Retry(item.IdempotencyKey, "the desk said 429"));
                    }
                    else
                    {
                        var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                        _resumeAt = context.TimeProvider.GetUtcNow() + wait;
                        results.Add(SinkItemResult.Retry(item.IdempotencyKey, "the desk said 429", wait));
                    }

                    continue;
                }
            }

            var content = item.Feedback?.Body ?? item.Customer?.Email ?? item.Alert?.Message ?? "";
            results.Add(Desk.FirstAttempt(item.IdempotencyKey) ? SinkItemResult.Retry(item.IdempotencyKey, "the desk is busy (429)", TimeSpan.FromMilliseconds(5))
                : Has(SinkFlaws.FailsWithoutError) ? new SinkItemResult(item.IdempotencyKey, SinkOutcome.Failed)
                : SinkItemResult.Done(item.IdempotencyKey, Has(SinkFlaws.NotIdempotent) ? Desk.Create(content) : Desk.Upsert(item.IdempotencyKey, content)));
        }

        if (Has(SinkFlaws.MissingResult))
        {
            results.RemoveAt(results.Count - 1);
        }

        if (Has(SinkFlaws.DuplicateResult))
        {
            results.Add(results[0]);
        }

        return results;
    }

    private FixtureDesk Desk => _options.Desk ?? throw new InvalidOperationException("no desk in the options");

    private bool Has(SinkFlaws flaw) => (flaws & flaw) != 0;
}

using Connectors.Abstractions;

namespace Connectors.TestKit.SinkFixture;

/// <summary>A sink into a <see cref="FixtureDesk"/>; each flaw breaks one rule.</summary>
public sealed class FixtureSink(IConnectorContext context, SinkFlaws flaws) : ISinkConnector
{
    private readonly FixtureSinkOptions _options = context.GetOptions<FixtureSinkOptions>();

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

using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client;
using Connectors.Plugins.Trustpilot.Mapping;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Trustpilot.Streams;

/// <summary>
/// <c>product_reviews</c>: the endpoint has no date filter and lists the newest first, so each run reads pages until it
/// meets reviews created before <c>lookbackDays</c> before the newest one the last run saw (the first run: before
/// <c>startDate</c>); one batch per page, each with the page to resume from.
/// </summary>
internal sealed class ProductReviewsStream(TrustpilotApi api, BusinessUnit unit, TrustpilotOptions options, TimeProvider time)
{
    public const string StreamName = "product_reviews";

    public async IAsyncEnumerable<SourceBatch> RunAsync(TrustpilotCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var businessUnitId = await unit.IdAsync(cancellationToken);
        var pass = checkpoint.Pass ?? new PassState { StopBefore = StopBefore(checkpoint), Newest = checkpoint.Through };
        var stopBefore = pass.StopBefore!.Value;
        var builder = new SourceBatchBuilder(ConsumerKeys.Newest);
        for (var page = pass.Page; ; page++)
        {
            var items = await api.ProductReviewsAsync(businessUnitId, page, options.PageSize, cancellationToken);
            var newest = pass.Newest;
            var older = false;
            foreach (var item in items)
            {
                if (item.Value is not { } review)
                {
                    builder.Add(problem: new SourceProblem(item.Location, item.Problem!));
                    continue;
                }

                if (review.CreatedAt < stopBefore)
                {
                    older = true;
                    continue;
                }

                var (customer, feedback) = ProductReviewMapper.Map(review);
                builder.Add(customer, feedback);
                newest = newest is { } n && n >= review.CreatedAt ? n : review.CreatedAt;
            }

            if (older || items.Count < options.PageSize)
            {
                if (!builder.IsEmpty || checkpoint.Pass is not null || newest != checkpoint.Through)
                {
                    yield return builder.Build(TrustpilotCheckpoint.Finished(newest));
                }

                yield break;
            }

            pass = new PassState { StopBefore = stopBefore, Page = page + 1, Newest = newest };
            yield return builder.Build(checkpoint.InPass(pass));
        }
    }

    private DateTimeOffset StopBefore(TrustpilotCheckpoint checkpoint) =>
        checkpoint.Through is { } through
            ? through.AddDays(-options.LookbackDays)
            : options.StartDate ?? time.GetUtcNow().AddDays(-options.BackfillDays);
}

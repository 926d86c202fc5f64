using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client;
using Connectors.Plugins.Trustpilot.Mapping;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Trustpilot.Streams;

/// <summary>
/// <c>service_reviews</c>: Trustpilot filters and sorts reviews by creation time only (no "updated since"), so each run
/// reads <c>orderBy=createdat.asc</c> from <c>lookbackDays</c> before the newest review the last run saw: new reviews,
/// and replies or edits to reviews in that window, come in; one batch per page, each with the page to resume from.
/// </summary>
internal sealed class ServiceReviewsStream(TrustpilotApi api, BusinessUnit unit, TrustpilotOptions options, TimeProvider time)
{
    public const string StreamName = "service_reviews";

    public async IAsyncEnumerable<SourceBatch> RunAsync(TrustpilotCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var businessUnitId = await unit.IdAsync(cancellationToken);
        var pass = checkpoint.Pass ?? new PassState { Start = FirstStart(checkpoint), Newest = checkpoint.Through };
        var start = pass.Start!.Value;
        var builder = new SourceBatchBuilder(ConsumerKeys.Newest);
        for (var page = pass.Page; ; page++)
        {
            var items = await api.ServiceReviewsAsync(businessUnitId, start, page, options.PageSize, cancellationToken);
            var newest = pass.Newest;
            foreach (var item in items)
            {
                if (item.Value is not { } review)
                {
                    builder.Add(problem: new SourceProblem(item.Location, item.Problem!));
                    continue;
                }

                var (customer, feedback, reply) = ServiceReviewMapper.Map(review);
                builder.Add(customer, feedback, reply);
                newest = newest is { } n && n >= review.CreatedAt ? n : review.CreatedAt;
            }

            if (items.Count < options.PageSize)
            {
                // The last page: the window is read. Nothing at all in it and no pass to finish: nothing to say.
                if (!builder.IsEmpty || checkpoint.Pass is not null || newest != checkpoint.Through)
                {
                    yield return builder.Build(TrustpilotCheckpoint.Finished(newest));
                }

                yield break;
            }

            pass = new PassState { Start = start, Page = page + 1, Newest = newest };
            yield return builder.Build(checkpoint.InPass(pass));
        }
    }

    private DateTimeOffset FirstStart(TrustpilotCheckpoint checkpoint) =>
        checkpoint.Through is { } through
            ? through.AddDays(-options.LookbackDays)
            : options.StartDate ?? time.GetUtcNow().AddDays(-options.BackfillDays);
}

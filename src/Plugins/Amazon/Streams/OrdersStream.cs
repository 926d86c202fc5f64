using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Mapping;
using Connectors.Plugins.Amazon.ReviewRequests;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// Orders v0 getOrders by <c>LastUpdatedAfter</c>, one pass per region over its marketplaces: from <c>since - overlap</c>
/// to three minutes before now (Amazon wants "before" at least two minutes in the past), one batch and checkpoint per
/// page (the next page's token included, so a restart goes on from it). A page token met twice in a pass would loop for
/// ever: the run fails instead, and the next run starts the window again. Each shipped order is also offered for a review
/// request with Amazon's window; the host drops the offers unless review requests are turned on.
/// </summary>
internal sealed class OrdersStream(AmazonApi api, AmazonOptions options, TimeProvider time, ILogger logger)
{
    public const string StreamName = "orders";

    private static readonly TimeSpan SettleTime = TimeSpan.FromMinutes(3);

    public async IAsyncEnumerable<SourceBatch> RunAsync(AmazonCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var region in options.ResolvedMarketplaces.GroupBy(m => m.Region, StringComparer.Ordinal))
        {
            var ids = region.Select(m => m.Id).ToList();
            var state = checkpoint.Region(region.Key);
            var now = time.GetUtcNow();
            var after = state.Since is { } since ? since - options.Overlap : options.StartDate ?? now.AddDays(-options.BackfillDays);
            var pass = state.Pass ??= new OrdersPass { After = after, Before = now - SettleTime };
            if (pass.After >= pass.Before)
            {
                state.Pass = null;
                continue;
            }

            var tokens = new HashSet<string>(StringComparer.Ordinal);
            if (pass.NextToken is { } resumed)
            {
                tokens.Add(resumed);
            }

            while (true)
            {
                var page = await api.GetOrdersAsync(region.Key, ids, pass.After, pass.Before, pass.NextToken, options.RestrictedData, cancellationToken);
                var customers = page.Orders.Select(OrderMapper.Map).ToList();
                var offers = page.Orders.Select((o, i) => SolicitationWindow.OfferFor(o, customers[i].SourceId)).OfType<ReviewRequestOffer>().ToList();
                if (page.NextToken is { } next && !tokens.Add(next))
                {
                    state.Pass = null;
                    yield return new SourceBatch { Customers = customers, ReviewRequests = offers, Checkpoint = checkpoint.Serialize() };
                    throw new AmazonApiException(
                        $"getOrders ({region.Key.ToUpperInvariant()}) answered a NextToken it had already given in this pass, which would page for ever; " +
                        "the run stops here and the next run reads the window again");
                }

                pass.NextToken = page.NextToken;
                if (page.NextToken is null)
                {
                    state.Since = pass.Before;
                    state.Pass = null;
                    logger.LogDebug("orders ({Region}): read through {Before:u}", region.Key, pass.Before);
                    yield return new SourceBatch { Customers = customers, ReviewRequests = offers, Checkpoint = checkpoint.Serialize() };
                    break;
                }

                yield return new SourceBatch { Customers = customers, ReviewRequests = offers, Checkpoint = checkpoint.Serialize() };
            }
        }
    }
}

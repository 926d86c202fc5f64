using System.Net;
using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client;
using Connectors.Plugins.Amazon.Mapping;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// Customer Feedback API 2024-06-01 getItemReviewTopics for every configured ASIN in every configured marketplace the
/// API covers (US, UK, FR, IT, DE, ES, JP), at most once per <see cref="AmazonOptions.ReviewTopicsInterval"/> (Amazon
/// recomputes them weekly). An ASIN Amazon does not know is reported as a skipped item; one with too few reviews has no topics.
/// </summary>
internal sealed class ReviewTopicsStream(AmazonApi api, AmazonOptions options, TimeProvider time, ILogger logger)
{
    public const string StreamName = "review_topics";

    private static readonly HashSet<string> Covered = new(StringComparer.Ordinal) { "US", "GB", "FR", "IT", "DE", "ES", "JP" };

    public async IAsyncEnumerable<SourceBatch> RunAsync(AmazonCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        if (checkpoint.RefreshedAt is { } refreshed && now - refreshed < options.ReviewTopicsInterval)
        {
            yield break;
        }

        foreach (var marketplace in options.ResolvedMarketplaces.Where(m => Covered.Contains(m.CountryCode)))
        {
            foreach (var asin in options.Asins.Distinct(StringComparer.Ordinal))
            {
                var (topics, problem) = await ReadAsync(marketplace.Region, asin, marketplace.Id, cancellationToken);
                if (problem is not null)
                {
                    yield return new SourceBatch { Problems = [new SourceProblem($"{marketplace.CountryCode} {asin}", problem)] };
                    continue;
                }

                if (topics is null)
                {
                    logger.LogDebug("review_topics: {Asin} has too few reviews in {Marketplace} for topics", asin, marketplace.CountryCode);
                    continue;
                }

                yield return new SourceBatch
                {
                    Feedback = [.. topics.Topics.Where(t => t.Topic.Length > 0).Select(t => ReviewTopicMapper.Map(topics, t, marketplace.Language, now))],
                };
            }
        }

        checkpoint.RefreshedAt = now;
        yield return new SourceBatch { Checkpoint = checkpoint.Serialize() };
    }

    private async Task<(Client.Models.ItemReviewTopics? Topics, string? Problem)> ReadAsync(string region, string asin, string marketplaceId, CancellationToken cancellationToken)
    {
        try
        {
            return (await api.GetReviewTopicsAsync(region, asin, marketplaceId, cancellationToken), null);
        }
        catch (AmazonApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, $"Amazon does not know ASIN {asin} in this marketplace; remove it from asins ({ex.Message})");
        }
    }
}

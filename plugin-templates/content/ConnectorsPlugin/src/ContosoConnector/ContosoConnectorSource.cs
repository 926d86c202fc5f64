using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.PluginSdk.Sources;
using ContosoConnector.Client;

namespace ContosoConnector;

/// <summary>Reads the <c>reviews</c> stream page by page; the checkpoint is the API's cursor after the last stored page.</summary>
public sealed class ContosoConnectorSource(IConnectorContext context) : ISourceConnector
{
    /// <summary>The one stream, as the manifest declares it.</summary>
    public const string Stream = "reviews";

    // Strict: a checkpoint of another release, or no checkpoint of ours, is refused rather than read as empty (a silent restart).
    private static readonly CheckpointFormat<Checkpoint> Checkpoints = new(
        ContosoConnectorJson.Default, "contosoconnector", "{\"after\":\"r-7\"}", "Reset the stream's checkpoint to read it again from the start.");

    private readonly ContosoConnectorOptions _options = context.GetOptions<ContosoConnectorOptions>();
    private readonly ContosoConnectorClient _client = new(context);

    /// <inheritdoc />
    public IReadOnlyList<string> Streams { get; } = [Stream];

    /// <inheritdoc />
    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken) =>
        await _client.RefusalAsync(cancellationToken) is { } problem
            ? CheckResult.Failure(problem)
            : CheckResult.Success($"connected to {_options.Endpoint}");

    /// <inheritdoc />
    public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken) =>
        stream == Stream
            ? ReadPagesAsync(Parse(checkpoint), cancellationToken)
            : throw new ArgumentException($"contosoconnector has the stream '{Stream}', not '{stream}'", nameof(stream));

    private async IAsyncEnumerable<SourceBatch> ReadPagesAsync(string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new SourceBatchBuilder();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = $"reviews?limit={_options.PageSize.ToString(CultureInfo.InvariantCulture)}" + (cursor is null ? "" : $"&after={Uri.EscapeDataString(cursor)}");
            using var response = await _client.SendAsync(HttpMethod.Get, path, null, cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<ReviewPage>(cancellationToken)
                ?? throw new InvalidOperationException("the API returned an empty page");
            if (page.Items.Count == 0)
            {
                yield break;
            }

            foreach (var review in page.Items)
            {
                var (customer, feedback) = Map(review);
                batch.Add(customer, feedback);
            }

            // The cursor after this page, or, on the last page, the last item's: the next run asks for what came after it.
            cursor = page.Next ?? page.Items[^1].Id;
            yield return batch.Build(Checkpoints.Write(new Checkpoint(cursor)));
            if (page.Next is null)
            {
                yield break;
            }
        }
    }

    /// <summary>One review in the common schema: its author (keyed by the normalised email) and the review itself.</summary>
    private static (CustomerRecord? Customer, FeedbackRecord Feedback) Map(ReviewDto review)
    {
        var customerId = review.Email?.Trim().ToLowerInvariant();
        var customer = customerId is null ? null : new CustomerRecord
        {
            SourceId = customerId,
            Channel = "contosoconnector",
            Email = review.Email,
            Name = review.Name,
            SeenAt = review.CreatedAt,
        };
        var feedback = new FeedbackRecord
        {
            SourceId = review.Id,
            Channel = "contosoconnector",
            Kind = FeedbackKinds.Review,
            CustomerSourceId = customerId,
            Rating = Rating.FromScale(Math.Clamp(review.Stars, 1, 5), RatingScale.Stars1To5),
            Body = review.Text,
            OccurredAt = review.CreatedAt,
        };
        return (customer, feedback);
    }

    private static string? Parse(string? checkpoint) => Checkpoints.Read(checkpoint) switch
    {
        null => null,
        { After.Length: > 0 } parsed => parsed.After,
        _ => throw Checkpoints.Invalid(checkpoint!, "after is empty"),
    };
}

using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Abstractions;
using ContosoConnector.Client;

namespace ContosoConnector;

/// <summary>Reads the <c>reviews</c> stream page by page; the checkpoint is the API's cursor after the last stored page.</summary>
public sealed class ContosoConnectorSource(IConnectorContext context) : ISourceConnector
{
    private const string Stream = "reviews";

    // A member we do not know means a checkpoint of another release: refuse it rather than start over silently.
    private static readonly JsonSerializerOptions CheckpointJson = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

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

            // The cursor after this page, or, on the last page, the last item's: the next run asks for what came after it.
            cursor = page.Next ?? page.Items[^1].Id;
            yield return Map(page, JsonSerializer.Serialize(new Checkpoint(1, cursor)));
            if (page.Next is null)
            {
                yield break;
            }
        }
    }

    private static SourceBatch Map(ReviewPage page, string checkpoint) => new()
    {
        Customers = [.. page.Items.Where(r => r.Email is not null).Select(r => new CustomerRecord
        {
            SourceId = r.Email!.Trim().ToLowerInvariant(),
            Channel = "contosoconnector",
            Email = r.Email,
            Name = r.Name,
            SeenAt = r.CreatedAt,
        }).DistinctBy(c => c.SourceId)],
        Feedback = [.. page.Items.Select(r => new FeedbackRecord
        {
            SourceId = r.Id,
            Channel = "contosoconnector",
            Kind = FeedbackKinds.Review,
            CustomerSourceId = r.Email?.Trim().ToLowerInvariant(),
            Rating = Rating.FromScale(Math.Clamp(r.Stars, 1, 5), RatingScale.Stars1To5),
            Body = r.Text,
            OccurredAt = r.CreatedAt,
        })],
        Checkpoint = checkpoint,
    };

    private static string? Parse(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return null;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<Checkpoint>(checkpoint, CheckpointJson);
            return parsed is { Version: 1, After.Length: > 0 } ? parsed.After : throw Invalid(checkpoint, null);
        }
        catch (JsonException ex)
        {
            throw Invalid(checkpoint, ex);
        }
    }

    private static InvalidOperationException Invalid(string checkpoint, Exception? inner) =>
        new($"The contosoconnector checkpoint '{checkpoint}' is not valid; expected {{\"Version\":1,\"After\":\"<cursor>\"}}. Reset the stream's checkpoint to read it again.", inner);

    private sealed record Checkpoint(int Version, string After);
}

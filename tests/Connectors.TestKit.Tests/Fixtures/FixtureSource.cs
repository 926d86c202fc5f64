using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Connectors.Abstractions;
using Microsoft.Extensions.Logging;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>
/// An in-memory source with the streams <c>customers</c> and <c>reviews</c>, paged, resumable from <c>{"after":N}</c>, and
/// signed webhooks (<c>X-Fixture-Signature</c>, HMAC-SHA256 of the body with the API key). Each flaw breaks one rule.
/// </summary>
public class FixtureSource(IConnectorContext context, SourceFlaws flaws) : ISourceConnector
{
    public const string SignatureHeader = "X-Fixture-Signature";

    private readonly string _apiKey = ApiKeyOf(context.Options);
    // One record a page when cancellation is ignored, so a read cancelled after its first page has more to hand over.
    private readonly int _pageSize = (flaws & SourceFlaws.IgnoresCancellation) != 0 ? 1 : PageSizeOf(context.Options);

    public IReadOnlyList<string> Streams { get; } = ["customers", "reviews"];

    public static string Sign(string key, byte[] body) => Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), body));

    public async Task<CheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Has(SourceFlaws.CallsTheNetwork))
        {
            try
            {
                using var response = await context.HttpClient.GetAsync(new Uri("https://api.fixture.example/ping"), cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                return CheckResult.Failure(ex.Message);
            }
        }

        if (Has(SourceFlaws.LogsSecret))
        {
            context.Logger.LogWarning("Checking the fixture server with key {Key}", _apiKey);
        }

        if (_apiKey == FixtureOptions.GoodKey || Has(SourceFlaws.CheckAlwaysPasses))
        {
            return CheckResult.Success("connected to the fixture server, 2 customers and 5 reviews");
        }

        return Has(SourceFlaws.CheckThrows) ? throw new InvalidOperationException("401")
            : Has(SourceFlaws.CheckShowsSecret) ? CheckResult.Failure($"the fixture server refused the API key {_apiKey}")
            : CheckResult.Failure("the fixture server refused the API key; set apiKey to the key of your fixture account");
    }

    public IAsyncEnumerable<SourceBatch> ReadAsync(string stream, string? checkpoint, CancellationToken cancellationToken)
    {
        if (!Streams.Contains(stream))
        {
            throw new ArgumentException($"fixture has the streams customers and reviews, not '{stream}'", nameof(stream));
        }

        return ReadPagesAsync(stream, Has(SourceFlaws.IgnoresCheckpoint) ? 0 : After(checkpoint), cancellationToken);
    }

    protected bool Has(SourceFlaws flaw) => (flaws & flaw) != 0;

    private async IAsyncEnumerable<SourceBatch> ReadPagesAsync(string stream, int after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var total = Has(SourceFlaws.NoRecords) ? 0 : stream == "customers" ? FixtureData.Customers.Count : FixtureData.Reviews.Count;
        if (Has(SourceFlaws.SkipsLastPageOnReread) && after > 0)
        {
            // Resumes one page too early and stamps the page anew: the overlap comes back changed.
            after = Math.Max(0, after - _pageSize);
        }

        for (var start = after; start < total; start += _pageSize)
        {
            if (!Has(SourceFlaws.IgnoresCancellation))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            await Task.Yield();
            var end = Math.Min(total, start + _pageSize);
            var batch = stream == "customers"
                ? new SourceBatch { Customers = [.. FixtureData.Customers.Take(end).Skip(start).Select(Stamp)] }
                : new SourceBatch { Feedback = [.. FixtureData.Reviews.Take(end).Skip(start).Select(FlawedReview)] };
            yield return batch with { Checkpoint = Has(SourceFlaws.NoCheckpoint) ? null : $"{{\"version\":1,\"after\":{end}}}" };
        }
    }

    private CustomerRecord Stamp(CustomerRecord customer) =>
        Has(SourceFlaws.StampsReadTime) || (Has(SourceFlaws.SkipsLastPageOnReread) && customer.SourceId == "c-2")
            ? customer with { SeenAt = context.TimeProvider.GetUtcNow() }
            : customer;

    private FeedbackRecord Flawed(FeedbackRecord review, int index) =>
        Has(SourceFlaws.InvalidRecords) && index == 0 ? review with { Kind = "Review!", Rating = default(Rating), Channel = "" }
        : Has(SourceFlaws.UnstableKeys) && index == 1 ? review with { SourceId = "f-1" }
        : Has(SourceFlaws.StampsReadTime) ? review with { UpdatedAt = context.TimeProvider.GetUtcNow() }
        : review;

    private FeedbackRecord FlawedReview(FeedbackRecord review) => Flawed(review, int.Parse(review.SourceId[2..], System.Globalization.CultureInfo.InvariantCulture) - 1);

    private int After(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return 0;
        }

        if (Has(SourceFlaws.CrashesOnCheckpoint))
        {
            // Trusts the text: anything but the shape it wrote ends in an IndexOutOfRangeException.
            return int.Parse(checkpoint.Split(':')[2].TrimEnd('}'), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Has(SourceFlaws.RawCheckpointError))
        {
            return JsonDocument.Parse(checkpoint).RootElement.GetProperty("after").GetInt32();
        }

        if (Has(SourceFlaws.IgnoresUnknownCheckpoint))
        {
            // Lenient, as a serializer is by default: members it does not know are skipped, and a missing cursor means "from the start".
            using var lenient = JsonDocument.Parse(checkpoint);
            return lenient.RootElement.TryGetProperty("after", out var at) ? at.GetInt32() : 0;
        }

        try
        {
            using var document = JsonDocument.Parse(checkpoint);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("version", out var version) && version.GetInt32() == 1
                && root.TryGetProperty("after", out var after) && after.GetInt32() >= 0)
            {
                return after.GetInt32();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw Invalid(checkpoint, ex);
        }

        throw Invalid(checkpoint, null);
    }

    private static InvalidOperationException Invalid(string checkpoint, Exception? inner) =>
        new($"The fixture checkpoint '{checkpoint}' is not valid; expected {{\"version\":1,\"after\":N}}. Reset the stream's checkpoint.", inner);

    private static string ApiKeyOf(object options) => options switch
    {
        FixtureOptions o => o.ApiKey,
        LaxOptions o => o.ApiKey,
        NamelessOptions o => o.ApiKey,
        _ => "",
    };

    private static int PageSizeOf(object options) => options switch
    {
        FixtureOptions o => o.PageSize,
        LaxOptions o => o.PageSize,
        NamelessOptions o => o.PageSize,
        _ => 2,
    };

    /// <summary>Checks the signature, as a webhook source does.</summary>
    protected bool VerifySignature(WebhookRequest request)
    {
        if (Has(SourceFlaws.AcceptsForgery))
        {
            return true;
        }

        var given = request.Headers.TryGetValue(SignatureHeader, out var value) ? value : "";
        if (Has(SourceFlaws.VerifyThrows) && given.Length == 0)
        {
            throw new FormatException("no signature");
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(Sign(_apiKey, request.Body.ToArray())));
    }

    /// <summary>A delivery <c>{"id":"w-1","body":"..."}</c> becomes one review.</summary>
    protected static SourceBatch ParseDelivery(WebhookRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        return new SourceBatch
        {
            Feedback =
            [
                new FeedbackRecord
                {
                    SourceId = root.GetProperty("id").GetString()!,
                    Channel = "fixture",
                    Kind = FeedbackKinds.Review,
                    Body = root.GetProperty("body").GetString(),
                    OccurredAt = FixtureData.Epoch,
                },
            ],
        };
    }
}

using System.ComponentModel.DataAnnotations;
using Connectors.Plugins.Amazon.Marketplaces;
using Connectors.PluginSdk.Options;

namespace Connectors.Plugins.Amazon;

/// <summary>Options of one <c>amazon</c> connector instance (one seller authorisation), bound from its camelCase <c>options</c> JSON.</summary>
public sealed class AmazonOptions : IValidatableObject
{
    /// <summary>The LWA client id of the SP-API application (<c>amzn1.application-oa2-client.…</c>).</summary>
    [Required(ErrorMessage = "is required: the LWA client id of your SP-API application (amzn1.application-oa2-client.…)")]
    public string ClientId { get; set; } = "";

    /// <summary>The application's LWA client secret; give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the LWA client secret of your SP-API application, given as \"${{env:NAME}}\"")]
    public string ClientSecret { get; set; } = "";

    /// <summary>The seller's refresh token from authorising the application (<c>Atzr|…</c>); give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the refresh token the seller's authorisation gave (Atzr|…), given as \"${{env:NAME}}\"")]
    public string RefreshToken { get; set; } = "";

    /// <summary>The marketplaces to read, by id (<c>ATVPDKIKX0DER</c>) or country code (<c>US</c>, <c>DE</c>, <c>JP</c>); any regions.</summary>
    [MinLength(1, ErrorMessage = "must list at least one marketplace, by id (\"A1PA6795UKMFR9\") or country code (\"DE\")")]
    public IList<string> Marketplaces { get; set; } = [];

    /// <summary>
    /// Overrides Amazon's regional hosts: requests go to <c>{endpoint}/na/</c>, <c>/eu/</c>, <c>/fe/</c> (the sandbox's layout).
    /// </summary>
    [HttpEndpoint(Example = "http://127.0.0.1:5080")]
    public Uri? Endpoint { get; set; }

    /// <summary>The LWA token URL; Amazon's is <c>https://api.amazon.com/auth/o2/token</c>.</summary>
    [HttpEndpoint(Example = "https://api.amazon.com/auth/o2/token")]
    public Uri TokenUrl { get; set; } = new("https://api.amazon.com/auth/o2/token");

    /// <summary>
    /// Read buyer PII (name, email, shipping phone) through a Restricted Data Token. Needs the application to hold the
    /// PII roles; without it an order's buyer is known by order id and country only.
    /// </summary>
    public bool RestrictedData { get; set; }

    /// <summary>Where the first run of each stream starts; <c>null</c>: <see cref="BackfillDays"/> before the first run.</summary>
    public DateTimeOffset? StartDate { get; set; }

    /// <summary>Days the first run reads back when <see cref="StartDate"/> is not set.</summary>
    [Range(1, 730, ErrorMessage = "must be between 1 and 730 (Amazon keeps two years of orders)")]
    public int BackfillDays { get; set; } = 90;

    /// <summary>ASINs whose review topics the <c>review_topics</c> stream reads; empty: the stream reads nothing.</summary>
    public IList<string> Asins { get; set; } = [];

    /// <summary>How often a requested report is polled (Amazon asks for no more than needed; 30 s to minutes).</summary>
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long review topics stay fresh: Amazon computes them weekly.</summary>
    public TimeSpan ReviewTopicsInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How far before the last seen <c>LastUpdateDate</c> the next orders pass starts again, so late commits are not missed.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Report rows per batch (each batch carries the checkpoint of the rows consumed).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>The marketplaces resolved from <see cref="Marketplaces"/>, in the order given; unknown entries are left out.</summary>
    internal IReadOnlyList<Marketplace> ResolvedMarketplaces =>
        [.. Marketplaces.Select(KnownMarketplaces.Find).OfType<Marketplace>().DistinctBy(m => m.Id)];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = Marketplaces.Where(m => string.IsNullOrWhiteSpace(m) || KnownMarketplaces.Find(m) is null).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"has unknown marketplaces {string.Join(", ", unknown.Select(u => $"\"{u}\""))}; use ids such as \"ATVPDKIKX0DER\" or country codes: " +
                string.Join(", ", KnownMarketplaces.All.Select(m => m.CountryCode)),
                [nameof(Marketplaces)]);
        }

        if (ReportPollInterval <= TimeSpan.Zero || ReportPollInterval > TimeSpan.FromMinutes(30))
        {
            yield return new ValidationResult($"must be more than 00:00:00 and at most 00:30:00; was \"{ReportPollInterval}\"", [nameof(ReportPollInterval)]);
        }

        if (ReviewTopicsInterval < TimeSpan.Zero)
        {
            yield return new ValidationResult($"must not be negative; was \"{ReviewTopicsInterval}\"", [nameof(ReviewTopicsInterval)]);
        }

        if (Overlap < TimeSpan.Zero || Overlap > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult($"must be between 00:00:00 and 1.00:00:00; was \"{Overlap}\"", [nameof(Overlap)]);
        }

        foreach (var asin in Asins.Where(a => a is null || a.Length != 10 || !a.All(char.IsAsciiLetterOrDigit)))
        {
            yield return new ValidationResult($"must hold 10-character ASINs such as \"B08N5WRWNW\"; \"{asin}\" is not one", [nameof(Asins)]);
        }
    }
}

using System.Text.Json;
using Connectors.Sandbox.Surveys.Internal;

namespace Connectors.Sandbox.Surveys;

/// <summary>
/// The ground truth of a set of survey exports: for every record a pipeline stores from them and from the sandbox's
/// Shopify shop (each answer by connector and response id, each Shopify customer by gid), the sandbox person it is.
/// Written as <c>truth.json</c> beside the exports (format in src/Sandbox/README.md); read it back with <see cref="Load"/>.
/// </summary>
public sealed class SurveyTruth
{
    /// <summary>The value of the file's <c>format</c> field.</summary>
    public const string Format = "connectors-sandbox/survey-truth";

    /// <summary>The file version this sandbox writes and reads.</summary>
    public const int Version = 1;

    private Dictionary<(string Connector, string SourceId), TruthRecord>? _byKey;

    internal SurveyTruth(int seed, int customers, int ordersPerCustomer, string shopifyConnector, IReadOnlyList<string> connectors, IReadOnlyList<TruthRecord> records)
    {
        Seed = seed;
        Customers = customers;
        OrdersPerCustomer = ordersPerCustomer;
        ShopifyConnector = shopifyConnector;
        Connectors = connectors;
        Records = records;
    }

    /// <summary>The sandbox seed the exports were generated from.</summary>
    public int Seed { get; }

    /// <summary>The sandbox's Shopify customers (persons 0..Customers-1); the shop must be started with the same number.</summary>
    public int Customers { get; }

    /// <summary>The sandbox's average orders per customer; the shop must be started with the same number.</summary>
    public int OrdersPerCustomer { get; }

    /// <summary>The connector name the Shopify customers' records are listed under.</summary>
    public string ShopifyConnector { get; }

    /// <summary>Every connector with records: the Shopify one first, then the survey connectors.</summary>
    public IReadOnlyList<string> Connectors { get; }

    /// <summary>Every record: the Shopify customers in index order, then each export's rows in file order.</summary>
    public IReadOnlyList<TruthRecord> Records { get; }

    /// <summary>Pairs of records that belong to the same person: what a perfect resolver joins.</summary>
    public long TruePairs => Evaluate(_ => null).TruePairs;

    /// <summary>Reads a truth file written by <see cref="SurveyExports.Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a survey truth file of this version.</exception>
    public static SurveyTruth Load(string path)
    {
        using var stream = File.OpenRead(path);
        TruthDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(stream, TruthJsonContext.Default.TruthDocument);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON at line {ex.LineNumber + 1} ({ex.Message}); {Rewrite}", ex);
        }

        if (document is null || document.Format != Format || document.Records is null || document.Connectors is null)
        {
            throw new InvalidDataException($"{path}: not a survey truth file (its format must be \"{Format}\" with connectors and records); {Rewrite}");
        }

        if (document.Version != Version)
        {
            throw new InvalidDataException($"{path}: truth file version {document.Version}, but this sandbox reads version {Version}; {Rewrite}");
        }

        return new SurveyTruth(document.Seed, document.Customers, document.OrdersPerCustomer, document.ShopifyConnector ?? "",
            document.Connectors, document.Records);
    }

    /// <summary>The record stored by a connector under a source id, or null when the truth has none.</summary>
    public TruthRecord? Find(string connector, string sourceId)
    {
        _byKey ??= Records.ToDictionary(r => (r.Connector, r.SourceId));
        return _byKey.GetValueOrDefault((connector, sourceId));
    }

    /// <summary>The person a connector's record belongs to, or null when the truth has no such record.</summary>
    public long? PersonOf(string connector, string sourceId) => Find(connector, sourceId)?.Person;

    /// <summary>
    /// Scores a resolution: <paramref name="customerOf"/> gives the customer the pipeline put a record on (for an answer,
    /// the customer of its respondent or of its order), or null when it is on none; null records join nothing.
    /// </summary>
    public JoinScore Evaluate(Func<TruthRecord, string?> customerOf) => Evaluate(customerOf, _ => true);

    /// <summary>Scores a resolution on the records that <paramref name="include"/> keeps (a trait, a connector).</summary>
    public JoinScore Evaluate(Func<TruthRecord, string?> customerOf, Func<TruthRecord, bool> include)
    {
        var people = new Dictionary<long, long>();
        var customers = new Dictionary<string, long>(StringComparer.Ordinal);
        var both = new Dictionary<(string Customer, long Person), long>();
        foreach (var record in Records.Where(include))
        {
            people[record.Person] = people.GetValueOrDefault(record.Person) + 1;
            if (customerOf(record) is { } customer)
            {
                customers[customer] = customers.GetValueOrDefault(customer) + 1;
                both[(customer, record.Person)] = both.GetValueOrDefault((customer, record.Person)) + 1;
            }
        }

        return new JoinScore(Pairs(people.Values), Pairs(customers.Values), Pairs(both.Values));
    }

    private const string Rewrite = "write it again with SurveyExports.Write or `dotnet run --project src/Sandbox -- --write-surveys <dir>`";

    private static long Pairs(IEnumerable<long> groupSizes) => groupSizes.Sum(n => n * (n - 1) / 2);
}

using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Surveys;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The sandbox's people on several channels (the Shopify shop's customers and orders, and NPS, CSAT and contact-form
/// exports from a German, a US and a Brazilian market with case and format variants, order-id-only answers, shared
/// household phones and namesakes), synced by the real host: the joins in the store are scored against the truth.
/// </summary>
public sealed class IdentityGroundTruthTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() =>
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = 42, Customers = 1000, OrdersPerCustomer = 2 });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task The_store_joins_exactly_the_records_of_one_person()
    {
        var exports = SurveyExports.Write(_dir.Path, _sandbox.Options);
        var env = new Dictionary<string, string> { ["CONNECTORS_SANDBOX_URL"] = _sandbox.BaseUrl.ToString().TrimEnd('/') };

        var sync = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", SurveyExports.ConfigFileName], env);

        Assert.True(sync.ExitCode == 0, sync.ToString());
        var store = CustomersOf(Path.Combine(_dir.Path, "data", "surveys.db"), exports.Truth.ShopifyConnector);
        var score = exports.Truth.Evaluate(r => store.GetValueOrDefault((r.Connector, r.SourceId)));
        output.WriteLine($"{exports.Truth.Records.Count:N0} records, {score.TruePairs:N0} true pairs; joined {score.JoinedPairs:N0}, of which {score.CorrectPairs:N0} right");
        output.WriteLine($"pairwise precision {score.Precision:F4}, recall {score.Recall:F4}");
        foreach (var trait in new[] { SurveyTraits.OrderOnly, SurveyTraits.Household, SurveyTraits.Namesake, SurveyTraits.NationalPhone, SurveyTraits.EmailVariant })
        {
            var part = exports.Truth.Evaluate(r => store.GetValueOrDefault((r.Connector, r.SourceId)), r => r.Has(trait) || r.Connector == exports.Truth.ShopifyConnector);
            output.WriteLine($"  {trait} (with the shop): precision {part.Precision:F4}, recall {part.Recall:F4}");
        }

        Assert.True(score.Precision >= 0.99, $"precision {score.Precision:F4}: {score.WrongPairs} pairs of different people joined");
        Assert.True(score.Recall >= 0.95, $"recall {score.Recall:F4}: {score.MissedPairs} pairs of one person left apart");

        var again = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", SurveyExports.ConfigFileName], env);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(0, StoreQueries.Scalar(Path.Combine(_dir.Path, "data", "surveys.db"),
            "SELECT COALESCE(SUM(inserted + updated), 0) FROM sync_runs WHERE id > (SELECT MAX(id) - 10 FROM sync_runs)"));
    }

    /// <summary>The customer each truth record ended up on: a shop customer through its source record, an answer through its feedback item.</summary>
    private static Dictionary<(string, string), string> CustomersOf(string db, string shop)
    {
        var result = new Dictionary<(string, string), string>();
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT source_instance, source_id, customer_id FROM customer_sources WHERE source_instance = '{shop}' " +
            "UNION ALL SELECT source_instance, source_id, customer_id FROM feedback WHERE customer_id IS NOT NULL";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }
}

using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

public sealed class SurveyTruthTests(SurveyExportFixture exports) : IClassFixture<SurveyExportFixture>
{
    [Fact]
    public void The_truth_covers_every_row_once_and_nothing_else()
    {
        var surveyRecords = exports.Truth.Records.Where(r => r.Connector != exports.Truth.ShopifyConnector).ToList();

        Assert.Equal(exports.Result.Counts.Rows, exports.Rows.Count);
        Assert.Equal(surveyRecords.Count, exports.Rows.Count);
        Assert.Equal(
            surveyRecords.Select(r => (r.Connector, r.SourceId)).Order(),
            exports.Rows.Select(r => (r.Connector.Name, r.ResponseId)).Order());
        Assert.Equal(exports.Truth.Records.Count, exports.Truth.Records.Select(r => (r.Connector, r.SourceId)).Distinct().Count());
    }

    [Fact]
    public void Every_shopify_customer_is_in_the_truth_as_its_own_person()
    {
        var shop = exports.Truth.Records.Where(r => r.Has(SurveyTraits.Shopify)).ToList();

        Assert.Equal(SurveyExportFixture.Options.Customers, shop.Count);
        Assert.All(shop, r => Assert.Equal("shop", r.Connector));
        Assert.Equal(
            Enumerable.Range(0, shop.Count).Select(i => ShopifyIds.Gid("Customer", ShopifyIds.CustomerIdBase + i)),
            shop.Select(r => r.SourceId));
        Assert.Equal(Enumerable.Range(0, shop.Count).Select(i => (long)i), shop.Select(r => r.Person));
        Assert.Equal(7, exports.Truth.PersonOf("shop", "gid://shopify/Customer/7000000000007"));
    }

    [Fact]
    public void The_file_reads_back_as_written()
    {
        var loaded = SurveyTruth.Load(exports.Result.TruthPath);

        Assert.Equal((42, 1000, 2, "shop"), (loaded.Seed, loaded.Customers, loaded.OrdersPerCustomer, loaded.ShopifyConnector));
        Assert.Equal(["shop", "nps-de", "csat-de", "contact-de", "nps-us", "csat-us", "contact-us", "nps-br", "csat-br", "contact-br"], loaded.Connectors);
        Assert.Equal(exports.Truth.Records.Count, loaded.Records.Count);
        Assert.All(loaded.Records.Zip(exports.Truth.Records), pair =>
        {
            Assert.Equal((pair.Second.Connector, pair.Second.SourceId, pair.Second.Person), (pair.First.Connector, pair.First.SourceId, pair.First.Person));
            Assert.Equal(pair.Second.Traits, pair.First.Traits);
        });
    }

    [Fact]
    public void A_file_that_is_no_truth_is_refused_with_how_to_fix()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-truth-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "format": "something-else", "records": [] }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => SurveyTruth.Load(path));

            Assert.StartsWith($"{path}: not a survey truth file", error.Message, StringComparison.Ordinal);
            Assert.Contains("--write-surveys", error.Message, StringComparison.Ordinal);
            File.WriteAllText(path, "{ \"format\": ");
            Assert.Contains("not valid JSON", Assert.Throws<InvalidDataException>(() => SurveyTruth.Load(path)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_scores_pairs_of_records_against_the_people()
    {
        var truth = exports.Truth;

        var perfect = truth.Evaluate(r => $"c{r.Person}");
        var nothing = truth.Evaluate(_ => null);
        var everything = truth.Evaluate(_ => "one");
        var shopOnly = truth.Evaluate(r => $"c{r.Person}", r => r.Has(SurveyTraits.Shopify));

        Assert.Equal((1.0, 1.0), (perfect.Precision, perfect.Recall));
        Assert.Equal(exports.Result.Counts.TruePairs, perfect.TruePairs);
        Assert.Equal(truth.TruePairs, nothing.TruePairs);
        Assert.Equal((0, 1.0, 0.0), (nothing.JoinedPairs, nothing.Precision, nothing.Recall));
        Assert.Equal(1.0, everything.Recall);
        Assert.True(everything.Precision < 0.01);
        Assert.Equal(0, shopOnly.TruePairs);
        Assert.StartsWith("precision 1.0000 (", perfect.ToString(), StringComparison.Ordinal);
    }
}
